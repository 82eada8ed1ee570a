package org.hotline.telephony;

import java.util.List;

/**
 * Call-back tasks for abandoned calls: at most one open task per number within the configured window
 * ({@code hotline.telephony.callbacks.window}, default 2 h), cancelled when the same number later reaches an
 * agent. Thread-safe; {@link #take} is atomic across nodes (one agent wins).
 */
public interface Callbacks {

    /** @return the open tasks, oldest first */
    List<CallbackTask> open();

    /** @return the 200 most recent tasks of any status, newest first */
    List<CallbackTask> recent();

    /**
     * Assigns the task to the agent and places the call (agent first, then the citizen).
     *
     * @return the task as taken
     * @throws UnknownCallbackException      when no task has this id
     * @throws CallbackNotOpenException      when the task is no longer open
     * @throws TelephonyUnavailableException when the call cannot be placed (the task stays open)
     */
    CallbackTask take(long id, String agent);
}
