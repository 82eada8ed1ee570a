package org.hotline.workflow;

/** Why a ticket was escalated (督办). */
public enum EscalationReason {
    /** a sign or handle deadline passed */
    AUTOMATIC,
    /** a supervisor escalated it by hand */
    MANUAL
}
