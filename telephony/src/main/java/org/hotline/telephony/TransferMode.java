package org.hotline.telephony;

/** How a live call is handed to a department's live window. */
public enum TransferMode {
    /** The caller is sent to the window at once ({@code Redirect}); the agent is free. */
    BLIND,
    /**
     * The agent consults the window first ({@code Atxfer}): the caller waits on hold, the agent leaves (completes)
     * once the department answered, or cancels; if the department does not answer, the caller returns to the agent.
     */
    ATTENDED
}
