package org.hotline.telephony;

import java.time.Instant;

/**
 * Recording of a call started ({@code MixMonitor}).
 *
 * @param callId the call's {@code Linkedid}
 * @param file   the recording file name on the Asterisk server, named after the call id
 * @param at     when recording started
 */
public record RecordingStarted(String callId, String file, Instant at) {
}
