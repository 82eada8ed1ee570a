package org.hotline.telephony;

import java.time.Instant;

/**
 * A citizen's call reached the hotline (the IVR picked it up). Published once per call.
 *
 * @param callId       the call's Asterisk {@code Linkedid}
 * @param callerNumber the caller's number as presented (may be {@code "unknown"})
 * @param callerName   the presented caller name, or {@code null}
 * @param at           when the call started
 */
public record CallStarted(String callId, String callerNumber, String callerName, Instant at) {
}
