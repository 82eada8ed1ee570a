package org.hotline.workflow;

/** Which deadline a warning, escalation or missed deadline concerns. */
public enum DeadlineKind {
    /** the department must sign for the ticket (签收) */
    SIGN,
    /** the department must reply (办理) */
    HANDLE,
    /** a co-handling department must contribute (协办) */
    CONTRIBUTION,
    /** the dispatcher must review the reply (审核) */
    REVIEW,
    /** the citizen must be followed up (回访) */
    FOLLOW_UP
}
