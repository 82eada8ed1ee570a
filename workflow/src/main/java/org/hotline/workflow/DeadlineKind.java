package org.hotline.workflow;

/** Which deadline a warning or escalation concerns. */
public enum DeadlineKind {
    /** the department must sign for the ticket (签收) */
    SIGN,
    /** the department must reply (办理) */
    HANDLE
}
