package org.hotline.telephony;

/** Why the hotline calls a citizen; set as channel variable {@code HOTLINE_PURPOSE} on the outgoing call. */
public enum CallPurpose {
    /** Calling back an abandoned call. */
    CALLBACK,
    /** Follow-up (回访) of a closed ticket. */
    FOLLOW_UP,
    /** Any other call an agent places. */
    OTHER
}
