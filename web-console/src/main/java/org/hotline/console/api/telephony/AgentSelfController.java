package org.hotline.console.api.telephony;

import java.time.Duration;
import java.time.Instant;

import org.hotline.console.security.CurrentUsers;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AgentStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/agents/me}: the agent desktop's own seat state, so that its state bar follows what the telephone
 * system did (a call answered, wrap-up over, presence expired) without the supervisor's view of every agent.
 */
@RestController
class AgentSelfController {

    private final AgentStates agentStates;
    private final CurrentUsers currentUsers;
    private final Duration wrapUp;

    AgentSelfController(AgentStates agentStates, CurrentUsers currentUsers,
                        @Value("${hotline.telephony.wrap-up:30s}") Duration wrapUp) {
        this.agentStates = agentStates;
        this.currentUsers = currentUsers;
        this.wrapUp = wrapUp;
    }

    @GetMapping("/api/agents/me")
    @PreAuthorize("hasRole('AGENT')")
    MySeat me() {
        String agent = currentUsers.current().username();
        AgentStatus status = agentStates.all().stream().filter(s -> s.agent().equals(agent)).findFirst()
            .orElse(new AgentStatus(agent, AgentState.OFFLINE, null, null, null));
        // all() keeps the last stored state; state() applies presence expiry, which is what the agent must see.
        AgentState state = agentStates.state(agent);
        return new MySeat(agent, state, state == AgentState.PAUSED ? status.pauseReason() : null, status.since(),
            status.lastHeartbeat(), wrapUp.toSeconds());
    }

    /**
     * @param wrapUpSeconds after-call work limit; with {@code since} the desktop counts wrap-up down
     */
    record MySeat(String agent, AgentState state, String pauseReason, Instant since, Instant lastHeartbeat,
                  long wrapUpSeconds) {
    }
}
