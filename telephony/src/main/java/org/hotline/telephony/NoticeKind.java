package org.hotline.telephony;

/** Why the hotline writes to a citizen. */
public enum NoticeKind {
    /** the ticket number at registration */
    TICKET_REGISTERED,
    /** an agent's direct answer to a contact */
    DIRECT_ANSWER,
    /** the main ticket of a merged duplicate closed */
    MERGED_CLOSED,
    /** the ticket closed, with the published reply */
    TICKET_CLOSED,
    /** the satisfaction survey: reply 1–5 */
    FOLLOW_UP_SURVEY
}
