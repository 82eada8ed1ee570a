package org.hotline.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStateChanged;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallOffered;
import org.hotline.telephony.CallQueued;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.CallSimulator;
import org.hotline.telephony.CallStarted;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.IvrChoice;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TelephonyTestApplication.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CallSimulatorIT extends TelephonyIntegrationSupport {

    @Autowired
    CallSimulator simulator;
    @Autowired
    CallRecords callRecords;
    @Autowired
    AgentStates agentStates;
    @Autowired
    RecordedEvents events;

    @Test
    void simulatedCallPublishesTheEventsOfARealCallInOrder() {
        String agent = "sim-agent-" + System.nanoTime();
        agentStates.heartbeat(agent);
        Instant before = Instant.now();

        String callId = simulator.simulateCall("13912345678", agent, IvrChoice.COMPLAINT);

        CallRecord record = await().atMost(Duration.ofSeconds(10))
                .until(() -> callRecords.find(callId).orElse(null), r -> r != null && r.endedAt() != null);
        assertThat(events.ofCall(callId)).extracting(Object::getClass).containsExactly(CallStarted.class,
                CallQueued.class, CallOffered.class, CallAnswered.class, CallEnded.class);
        assertThat(record.agent()).isEqualTo(agent);
        assertThat(record.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(record.ivrChoice()).isEqualTo(IvrChoice.COMPLAINT);
        assertThat(events.of(AgentStateChanged.class).stream()
                .filter(e -> e.agent().equals(agent) && !e.at().isBefore(before)).map(AgentStateChanged::state))
                .containsSubsequence(AgentState.RINGING, AgentState.TALKING, AgentState.WRAP_UP);
        await().atMost(Duration.ofSeconds(10)).until(() -> agentStates.state(agent) == AgentState.READY);
    }
}
