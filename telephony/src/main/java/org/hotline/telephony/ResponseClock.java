package org.hotline.telephony;

/**
 * Where a contact's first-response clock (GB/T 33358: 3 minutes for SMS and online messages, 24 hours for e-mail)
 * stands. JSON: lower-case words.
 */
public enum ResponseClock {
    /** running, less than the warning share of the time used */
    RUNNING,
    /** running, the warning share used: highlight it in the queue */
    NEARING,
    /** no response in time */
    BREACHED,
    /** the citizen got a first response in time */
    MET,
    /** the citizen got a first response, late */
    MET_LATE;
}
