package org.hotline.console.api.telephony;

import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.UnknownCallException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may act on a call, checked where the request enters: only the agent who answered it (or a supervisor) may
 * transfer it, and a ticket may be linked only to a call its registering agent answered. A call an agent did not
 * answer is unknown to that agent (404), as in {@code GET /api/calls/{id}}. Thread-safe.
 */
@Component
public class CallOwnership {

    private final CallRecords calls;

    CallOwnership(CallRecords calls) {
        this.calls = calls;
    }

    /** @throws UnknownCallException when the call does not exist or another agent answered it */
    public void requireMayTransfer(String callId, CurrentUser user) {
        CallRecord call = calls.find(callId).orElseThrow(() -> new UnknownCallException(callId));
        if (!user.is(ConsoleRole.SUPERVISOR) && !user.username().equals(call.agent())) {
            throw new UnknownCallException(callId);
        }
    }

    /** @throws ResponseStatusException 400 when the user did not answer the call the ticket is to be linked to */
    public void requireAnsweredBy(String callId, CurrentUser user) {
        boolean answered = calls.find(callId).map(call -> user.username().equals(call.agent())).orElse(false);
        if (!answered) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "callId must be a call you answered");
        }
    }
}
