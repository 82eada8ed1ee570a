package org.hotline.telephony;

/** How a live call is handed to a department's live window. */
public enum TransferMode {
    /** The caller is sent to the window at once ({@code Redirect}); the agent is free. */
    BLIND,
    /**
     * The agent consults the window first ({@code Atxfer}): the caller waits on hold, the agent leaves (completes)
     * once the department answered, or cancels; if the department does not answer, the caller returns to the agent.
     */
    ATTENDED,
    /**
     * Three-way call (三方通话, ConfBridge): the caller and the agent are moved into a conference named by the call id
     * ({@code Redirect} with {@code ExtraChannel}) and the window is called into it ({@code Originate}); once the
     * department answers all three talk, then the agent leaves (completes) or stays. If the department does not
     * answer, the caller and the agent go on talking; cancelling drops the window, not the caller.
     */
    CONFERENCE
}
