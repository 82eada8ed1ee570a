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

    /** @return the task, or empty when no task has this id */
    java.util.Optional<CallbackTask> find(long id);

    /**
     * Records what came of dialling a taken task, in one transaction with its audit row
     * ({@code telephony_callback_attempt}): {@link CallbackOutcome#finishes() finishing} outcomes and the last allowed
     * attempt ({@code hotline.telephony.callbacks.max-attempts}, default 3) make it {@link CallbackStatus#DONE}, the
     * others put it back to {@link CallbackStatus#OPEN} for any agent, the attempt counted. Who may record it (the
     * dialling agent, a supervisor) is the caller's check; {@code recordedBy} is who did.
     *
     * @param note optional, at most 500 characters
     * @return the task afterwards
     * @throws UnknownCallbackException     when no task has this id
     * @throws CallbackNotDialledException  when the task is not {@link CallbackStatus#TAKEN} (already recorded,
     *                                      cancelled, or never dialled)
     * @throws IllegalArgumentException     when the outcome is missing or the note too long
     */
    CallbackTask recordOutcome(long id, CallbackOutcome outcome, String note, String recordedBy);
}
