package org.hotline.console.wiring;

import java.time.Instant;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.push.PushPayload;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStateChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells an agent's own screens that its seat changed (queue member events from Asterisk, the wrap-up ending, presence
 * expiring, or another of its tabs), so the desk's state bar follows the queue without waiting for its next poll.
 */
@Component
class AgentStatePushes {

    private final PushHub hub;

    AgentStatePushes(PushHub hub) {
        this.hub = hub;
    }

    // State changes come from the AMI event thread as well as from requests: outside a transaction, send at once.
    @TransactionalEventListener(fallbackExecution = true)
    void on(AgentStateChanged event) {
        hub.sendToUser(event.agent(), PushMessage.of(
            new AgentStateNotice(event.agent(), event.state(), event.pauseReason(), event.at())));
    }

    /** Push {@code agent-state}: the agent's seat now, as {@code GET /api/agents/me} would read it. */
    record AgentStateNotice(String agent, AgentState state, String pauseReason, Instant since) implements PushPayload {

        @Override
        public String messageType() {
            return "agent-state";
        }
    }
}
