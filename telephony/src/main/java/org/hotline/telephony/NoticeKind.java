package org.hotline.telephony;

/** Why the hotline writes to a citizen. */
public enum NoticeKind {
    /** the contact number, to a citizen who wrote by e-mail (the other channels answer at once) */
    CONTACT_RECEIVED,
    /** the ticket number at registration */
    TICKET_REGISTERED,
    /** an agent's direct answer to a contact */
    DIRECT_ANSWER,
    /** the main ticket of a merged duplicate closed */
    MERGED_CLOSED,
    /** the ticket closed, with the published reply */
    TICKET_CLOSED,
    /** the satisfaction survey: reply 1–5 */
    FOLLOW_UP_SURVEY,
    /** thanks for a survey reply that became the ticket's follow-up */
    SURVEY_THANKS
}
