package org.hotline.telephony.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStateChanged;
import org.hotline.telephony.AgentStatus;
import org.hotline.telephony.config.TelephonyProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every agent state store must do; run against process memory and against real Redis. */
abstract class AgentStatesContract {

    protected final List<Object> published = new CopyOnWriteArrayList<>();
    protected final TelephonyProperties properties = new TelephonyProperties();
    protected DefaultAgentStates states;
    protected String agent;

    protected abstract AgentStateStore newStore();

    @BeforeEach
    void freshAgent() {
        properties.setPresenceTtl(Duration.ofMillis(400));
        properties.setWrapUp(Duration.ofMillis(200));
        states = new DefaultAgentStates(newStore(), published::add, properties);
        agent = "agent-" + UUID.randomUUID();
    }

    @Test
    void agentWithoutHeartbeatReadsOffline() {
        states.setState(agent, AgentState.READY);

        assertThat(states.state(agent)).isEqualTo(AgentState.OFFLINE);
    }

    @Test
    void changePublishesOnceAndRepeatingItIsSilent() {
        states.heartbeat(agent);

        states.setState(agent, AgentState.READY);
        states.setState(agent, AgentState.READY);

        assertThat(states.state(agent)).isEqualTo(AgentState.READY);
        assertThat(changesOf(agent)).extracting(AgentStateChanged::state).containsExactly(AgentState.READY);
    }

    @Test
    void pauseCarriesItsReasonAndNeedsOne() {
        states.heartbeat(agent);

        states.setState(agent, AgentState.PAUSED, "lunch");
        states.setState(agent, AgentState.PAUSED, "training");

        assertThat(changesOf(agent)).extracting(AgentStateChanged::pauseReason).containsExactly("lunch", "training");
        AgentStatus status = states.all().stream().filter(s -> s.agent().equals(agent)).findFirst().orElseThrow();
        assertThat(status.state()).isEqualTo(AgentState.PAUSED);
        assertThat(status.pauseReason()).isEqualTo("training");
        assertThat(status.lastHeartbeat()).isNotNull();
        assertThatThrownBy(() -> states.setState(agent, AgentState.PAUSED, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> states.setState(" ", AgentState.READY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrapUpReturnsToReadyAfterTheLimit() {
        states.heartbeat(agent);
        states.setState(agent, AgentState.WRAP_UP);

        await().atMost(Duration.ofSeconds(3)).until(() -> {
            states.sweep();
            return states.state(agent) == AgentState.READY;
        });
        assertThat(changesOf(agent)).extracting(AgentStateChanged::state)
                .containsExactly(AgentState.WRAP_UP, AgentState.READY);
    }

    @Test
    void presenceExpiresWithoutHeartbeatsAndTheAgentGoesOffline() {
        states.heartbeat(agent);
        states.setState(agent, AgentState.READY);

        await().atMost(Duration.ofSeconds(3)).until(() -> {
            states.sweep();
            return changesOf(agent).size() == 2;
        });
        assertThat(changesOf(agent)).extracting(AgentStateChanged::state)
                .containsExactly(AgentState.READY, AgentState.OFFLINE);
        assertThat(states.state(agent)).isEqualTo(AgentState.OFFLINE);
    }

    protected List<AgentStateChanged> changesOf(String who) {
        return published.stream().filter(AgentStateChanged.class::isInstance).map(AgentStateChanged.class::cast)
                .filter(e -> e.agent().equals(who)).toList();
    }
}
