package org.hotline.console.api.telephony;

import java.util.List;

import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.hotline.console.security.CurrentUsers;
import org.hotline.telephony.CallbackOutcome;
import org.hotline.telephony.CallbackTask;
import org.hotline.telephony.Callbacks;
import org.hotline.telephony.UnknownCallbackException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Call-back tasks of abandoned calls: the open list, dialling, and what came of it. */
@RestController
@RequestMapping("/api/callbacks")
class CallbacksController {

    private final Callbacks callbacks;
    private final CurrentUsers currentUsers;

    CallbacksController(Callbacks callbacks, CurrentUsers currentUsers) {
        this.callbacks = callbacks;
        this.currentUsers = currentUsers;
    }

    /**
     * The open tasks, oldest first; {@code ?mine=true}: the tasks the current agent dialled and has not yet given an
     * outcome for.
     */
    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    List<CallbackTask> open(@RequestParam(defaultValue = "false") boolean mine) {
        if (mine) {
            String me = currentUsers.current().username();
            return callbacks.recent().stream()
                .filter(task -> task.status() == org.hotline.telephony.CallbackStatus.TAKEN && me.equals(task.agent()))
                .toList();
        }
        return callbacks.open();
    }

    /** The current agent takes the task; its phone rings first, then the citizen is dialled. */
    @PostMapping("/{id}/dial")
    @PreAuthorize("hasRole('AGENT')")
    CallbackTask dial(@PathVariable long id) {
        return callbacks.take(id, currentUsers.current().username());
    }

    /**
     * Body {@code {"outcome":"reached|no_answer|busy|voicemail|wrong_number","note":"…"}} (note optional, ≤ 500):
     * what came of dialling. The agent who dialled or a supervisor; another agent gets 403 {@code callback-not-yours},
     * a task not dialled 409 {@code callback-not-dialled}. Audited in {@code telephony_callback_attempt}.
     */
    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    CallbackTask outcome(@PathVariable long id, @RequestBody OutcomeRequest request) {
        CurrentUser user = currentUsers.current();
        CallbackTask task = callbacks.find(id).orElseThrow(() -> new UnknownCallbackException(id));
        if (user.is(ConsoleRole.AGENT) && task.agent() != null && !user.username().equals(task.agent())) {
            throw new CallbackNotYoursException(id);
        }
        return callbacks.recordOutcome(id, CallbackOutcome.parse(request.outcome()), request.note(), user.username());
    }

    record OutcomeRequest(String outcome, String note) {
    }

    /** Another agent dialled the task. */
    static final class CallbackNotYoursException extends RuntimeException {
        CallbackNotYoursException(long id) {
            super("callback task " + id + " was dialled by another agent");
        }
    }
}
