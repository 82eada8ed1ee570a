package org.hotline.console.api.telephony;

import java.util.List;

import org.hotline.console.security.CurrentUsers;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AgentStatus;
import org.hotline.telephony.AmiHealth;
import org.hotline.telephony.TelephonyService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Agent seat states: the agent sets its own, the supervisor sees all. */
@RestController
@RequestMapping("/api/agents")
class AgentsController {

    private final AgentStates agentStates;
    private final TelephonyService telephony;
    private final AmiHealth amiHealth;
    private final CurrentUsers currentUsers;

    AgentsController(AgentStates agentStates, TelephonyService telephony, AmiHealth amiHealth,
                     CurrentUsers currentUsers) {
        this.agentStates = agentStates;
        this.telephony = telephony;
        this.amiHealth = amiHealth;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    List<AgentStatus> all() {
        return agentStates.all();
    }

    /** The agent desktop calls this periodically; presence expires without it. */
    @PostMapping("/me/heartbeat")
    @PreAuthorize("hasRole('AGENT')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void heartbeat() {
        agentStates.heartbeat(currentUsers.current().username());
    }

    /**
     * {@code ready} adds the agent's phone to the queue (or ends a pause), {@code paused} pauses it with the reason,
     * {@code offline} removes it; {@code ready} during wrap-up ends the after-call work early. Without Asterisk
     * (embedded mode) only the seat state changes.
     */
    @PostMapping("/me/state")
    @PreAuthorize("hasRole('AGENT')")
    AgentStatus setState(@Valid @RequestBody StateRequest request) {
        String agent = currentUsers.current().username();
        AgentState wanted = AgentState.parse(request.state());
        agentStates.heartbeat(agent);
        AgentState current = agentStates.state(agent);
        if (amiHealth.enabled()) {
            switch (wanted) {
                case READY -> {
                    if (current == AgentState.PAUSED) {
                        telephony.unpause(agent);
                    } else if (current == AgentState.OFFLINE) {
                        telephony.login(agent, List.of());
                    } else if (current == AgentState.WRAP_UP) {
                        agentStates.setState(agent, AgentState.READY);
                    }
                }
                case PAUSED -> telephony.pause(agent, request.reason());
                case OFFLINE -> telephony.logout(agent);
                default -> throw new IllegalArgumentException("state must be ready, paused or offline");
            }
        } else {
            agentStates.setState(agent, wanted, request.reason());
        }
        return agentStates.all().stream().filter(s -> s.agent().equals(agent)).findFirst()
                .orElse(new AgentStatus(agent, agentStates.state(agent), null, null, null));
    }

    record StateRequest(@NotNull @Pattern(regexp = "(?i)ready|paused|offline") String state,
                        @Size(max = 64) String reason) {
    }
}
