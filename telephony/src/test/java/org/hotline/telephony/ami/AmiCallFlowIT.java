package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStateChanged;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.AmiHealth;
import org.hotline.telephony.CallAbandoned;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallOffered;
import org.hotline.telephony.CallQuery;
import org.hotline.telephony.CallQueued;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.CallStarted;
import org.hotline.telephony.CallbackNotOpenException;
import org.hotline.telephony.CallbackStatus;
import org.hotline.telephony.CallbackTask;
import org.hotline.telephony.Callbacks;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.IvrChoice;
import org.hotline.telephony.RecordingStarted;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TelephonyTestApplication.RecordedEvents;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AmiCallFlowIT extends TelephonyIntegrationSupport {

    @Autowired
    CallRecords callRecords;
    @Autowired
    Callbacks callbacks;
    @Autowired
    AgentStates agentStates;
    @Autowired
    AmiHealth health;
    @Autowired
    RecordedEvents events;

    @BeforeEach
    void linkUpAndAgentsPresent() {
        await().atMost(Duration.ofSeconds(15)).until(health::allUp);
        agentStates.heartbeat("agent1");
        agentStates.heartbeat("agent2");
    }

    @Test
    void answeredCallBecomesOneRecordAndDrivesTheAgentsStates() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        Instant before = Instant.now();

        AMI.play(call.unsolicitedEvents());

        CallRecord record = await().atMost(Duration.ofSeconds(10))
                .until(() -> callRecords.find(callId).orElse(null), r -> r != null && r.endedAt() != null);
        assertThat(record.caller()).isEqualTo(TestCalls.callerOf(call));
        assertThat(record.queue()).isEqualTo("hotline");
        assertThat(record.agent()).isEqualTo("agent1");
        assertThat(record.waitSeconds()).isEqualTo(1);
        assertThat(record.talkSeconds()).isEqualTo(5);
        assertThat(record.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(record.hangupCause()).isEqualTo("Normal Clearing");
        assertThat(record.ivrChoice()).isEqualTo(IvrChoice.CONSULTATION);

        // The recording started on answer (RecordingOnAnswerIT) may come at any point of a replay this fast.
        assertThat(events.ofCall(callId)).extracting(Object::getClass)
                .filteredOn(type -> type != RecordingStarted.class).containsExactly(CallStarted.class,
                        CallQueued.class, CallOffered.class, CallAnswered.class, CallEnded.class);
        CallAnswered answered = events.of(CallAnswered.class).stream().filter(e -> e.callId().equals(callId))
                .findFirst().orElseThrow();
        assertThat(answered.agent()).isEqualTo("agent1");
        assertThat(answered.agentInterface()).isEqualTo("Local/1001@agents/n");
        assertThat(answered.callerName()).isEqualTo("Test Caller");
        assertThat(answered.holdSeconds()).isEqualTo(1);
        assertThat(answered.ivrChoice()).isEqualTo(IvrChoice.CONSULTATION);

        assertThat(statesOf("agent1", before)).containsSubsequence(AgentState.RINGING, AgentState.TALKING,
                AgentState.WRAP_UP);
        await().atMost(Duration.ofSeconds(10)).until(() -> agentStates.state("agent1") == AgentState.READY);
    }

    @Test
    void abandonedCallOpensOneCallbackTaskThatAnAgentTakes() {
        AmiFixture call = TestCalls.abandonedCall();
        String callId = TestCalls.callIdOf(call);

        AMI.play(call.unsolicitedEvents());

        CallRecord record = await().atMost(Duration.ofSeconds(10))
                .until(() -> callRecords.find(callId).orElse(null), r -> r != null && r.endedAt() != null);
        assertThat(record.disposition()).isEqualTo(Disposition.SHORT_ABANDON);
        assertThat(record.waitSeconds()).isEqualTo(3);
        assertThat(record.agent()).isNull();
        CallAbandoned abandoned = events.of(CallAbandoned.class).stream().filter(e -> e.callId().equals(callId))
                .findFirst().orElseThrow();
        assertThat(abandoned.holdSeconds()).isEqualTo(3);
        assertThat(abandoned.position()).isEqualTo(1);
        assertThat(abandoned.queue()).isEqualTo("hotline");

        CallbackTask task = callbacks.open().stream().filter(t -> t.callId().equals(callId)).findFirst()
                .orElseThrow();
        assertThat(task.callerNumber()).isEqualTo(TestCalls.callerOf(call));
        int originatesBefore = AMI.actions("Originate").size();

        CallbackTask taken = callbacks.take(task.id(), "agent1");

        assertThat(taken.status()).isEqualTo(CallbackStatus.TAKEN);
        assertThat(taken.agent()).isEqualTo("agent1");
        List<Map<String, String>> originates = AMI.actions("Originate");
        assertThat(originates).hasSize(originatesBefore + 1);
        Map<String, String> originate = originates.get(originates.size() - 1);
        assertThat(originate).containsEntry("Channel", "Local/1001@agents/n")
                .containsEntry("Context", "outbound")
                .containsEntry("Exten", task.callerNumber());
        assertThat(originate.get("Variable")).contains("HOTLINE_PURPOSE=CALLBACK");
        assertThatThrownBy(() -> callbacks.take(task.id(), "agent2")).isInstanceOf(CallbackNotOpenException.class);
        assertThat(callbacks.open()).noneMatch(t -> t.id() == task.id());
    }

    @Test
    void secondAbandonOfTheSameNumberJoinsTheOpenTaskAndAnAnsweredCallCancelsIt() {
        AmiFixture first = TestCalls.abandonedCall();
        String number = TestCalls.callerOf(first);
        AmiFixture again = TestCalls.abandonedCall();
        again = again.replacing(TestCalls.callerOf(again), number);
        String againId = TestCalls.callIdOf(again);
        AMI.play(first.unsolicitedEvents());
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(TestCalls.callIdOf(first))
                .map(r -> r.endedAt() != null).orElse(false));

        AMI.play(again.unsolicitedEvents());
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(againId)
                .map(r -> r.endedAt() != null).orElse(false));

        List<CallbackTask> tasks = callbacks.open().stream().filter(t -> t.callerNumber().equals(number)).toList();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).abandons()).isEqualTo(2);
        assertThat(tasks.get(0).callId()).isEqualTo(againId);

        AmiFixture through = TestCalls.answeredCall();
        AMI.play(through.replacing(TestCalls.callerOf(through), number).unsolicitedEvents());

        await().atMost(Duration.ofSeconds(10)).until(() -> callbacks.open().stream()
                .noneMatch(t -> t.callerNumber().equals(number)));
        assertThat(callbacks.recent()).filteredOn(t -> t.id() == tasks.get(0).id())
                .extracting(CallbackTask::status).containsExactly(CallbackStatus.CANCELLED);
    }

    @Test
    void queueMemberPauseCarriesTheReasonIntoTheAgentsState() {
        AmiFixture abandon = AmiFixture.load("ami-abandon.txt.server.raw");
        List<String> pauses = abandon.unsolicitedEvents().stream()
                .filter(m -> m.startsWith("Event: QueueMemberPause\r\n")).toList();
        assertThat(pauses).hasSize(2);

        AMI.send(pauses.get(0));
        await().atMost(Duration.ofSeconds(5)).until(() -> agentStates.state("agent1") == AgentState.PAUSED);
        assertThat(agentStates.all()).filteredOn(s -> s.agent().equals("agent1"))
                .extracting(s -> s.pauseReason()).containsExactly("lunch");

        AMI.send(pauses.get(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> agentStates.state("agent1") == AgentState.READY);
    }

    private List<AgentState> statesOf(String agent, Instant since) {
        return events.of(AgentStateChanged.class).stream()
                .filter(e -> e.agent().equals(agent) && !e.at().isBefore(since))
                .map(AgentStateChanged::state)
                .toList();
    }

    @Test
    void searchFindsTheAgentsCallsNewestFirst() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.unsolicitedEvents());
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> r.endedAt() != null).orElse(false));

        var page = callRecords.search(new CallQuery(Instant.now().minusSeconds(600), Instant.now().plusSeconds(1),
                "agent1", Disposition.ANSWERED, 0, 200));

        assertThat(page.items()).extracting(CallRecord::callId).contains(callId);
        assertThat(page.items()).allMatch(r -> "agent1".equals(r.agent()) && r.disposition() == Disposition.ANSWERED);
        assertThat(page.total()).isGreaterThanOrEqualTo(page.items().size());
    }
}
