package org.hotline.console.api.telephony;

import java.util.List;

import org.hotline.console.security.CurrentUsers;
import org.hotline.telephony.CallbackTask;
import org.hotline.telephony.Callbacks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Call-back tasks of abandoned calls. */
@RestController
@RequestMapping("/api/callbacks")
class CallbacksController {

    private final Callbacks callbacks;
    private final CurrentUsers currentUsers;

    CallbacksController(Callbacks callbacks, CurrentUsers currentUsers) {
        this.callbacks = callbacks;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    List<CallbackTask> open() {
        return callbacks.open();
    }

    /** The current agent takes the task; its phone rings first, then the citizen is dialled. */
    @PostMapping("/{id}/dial")
    @PreAuthorize("hasRole('AGENT')")
    CallbackTask dial(@PathVariable long id) {
        return callbacks.take(id, currentUsers.current().username());
    }
}
