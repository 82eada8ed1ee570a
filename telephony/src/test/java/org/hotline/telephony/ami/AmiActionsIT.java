package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStateChanged;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.AmiHealth;
import org.hotline.telephony.CallPurpose;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.EmergencyService;
import org.hotline.telephony.EmergencyTransferred;
import org.hotline.telephony.TelephonyActionFailedException;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TelephonyService;
import org.hotline.telephony.TelephonyTestApplication.RecordedEvents;
import org.hotline.telephony.TestCalls;
import org.hotline.telephony.UnknownAgentException;
import org.hotline.telephony.UnknownCallException;
import org.hotline.telephony.UnknownDepartmentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AmiActionsIT extends TelephonyIntegrationSupport {

    @Autowired
    TelephonyService telephony;
    @Autowired
    AgentStates agentStates;
    @Autowired
    CallRecords callRecords;
    @Autowired
    AmiHealth health;
    @Autowired
    RecordedEvents events;

    @BeforeEach
    void linkUpAndAgentsPresent() {
        await().atMost(Duration.ofSeconds(15)).until(health::allUp);
        agentStates.heartbeat("agent2");
    }

    @Test
    void agentLogsInPausesWithReasonResumesAndLogsOut() {
        telephony.login("agent2", List.of());

        assertThat(last("QueueAdd")).containsEntry("Queue", "hotline")
                .containsEntry("Interface", "Local/1002@agents/n").containsEntry("MemberName", "agent2");
        assertThat(agentStates.state("agent2")).isEqualTo(AgentState.READY);

        telephony.pause("agent2", "lunch");

        assertThat(last("QueuePause")).containsEntry("Interface", "Local/1002@agents/n")
                .containsEntry("Paused", "true").containsEntry("Reason", "lunch");
        assertThat(agentStates.state("agent2")).isEqualTo(AgentState.PAUSED);
        // The event follows Asterisk's QueueMemberPause, which arrives on the AMI event thread.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(events.of(AgentStateChanged.class))
                .anyMatch(e -> e.agent().equals("agent2") && e.state() == AgentState.PAUSED
                        && "lunch".equals(e.pauseReason())));

        telephony.unpause("agent2");

        assertThat(last("QueuePause")).containsEntry("Paused", "false");
        await().atMost(Duration.ofSeconds(5)).until(() -> agentStates.state("agent2") == AgentState.READY);

        telephony.logout("agent2");

        assertThat(last("QueueRemove")).containsEntry("Queue", "hotline")
                .containsEntry("Interface", "Local/1002@agents/n");
        await().atMost(Duration.ofSeconds(5)).until(() -> agentStates.state("agent2") == AgentState.OFFLINE);
    }

    @Test
    void asteriskRefusalsSurfaceAsActionFailures() {
        assertThatThrownBy(() -> telephony.login("agent2", List.of("nosuchqueue")))
                .isInstanceOf(TelephonyActionFailedException.class).hasMessageContaining("No such queue");
        assertThatThrownBy(() -> telephony.logout("agent2"))
                .isInstanceOf(TelephonyActionFailedException.class).hasMessageContaining("Not there");
        assertThatThrownBy(() -> telephony.pause("nobody", "lunch")).isInstanceOf(UnknownAgentException.class);
        assertThatThrownBy(() -> telephony.pause("agent2", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void originateRingsTheAgentFirstThenDialsTheCitizen() {
        String reference = telephony.originate("agent1", "13912345678", CallPurpose.FOLLOW_UP);

        Map<String, String> originate = last("Originate");
        assertThat(originate).containsEntry("Channel", "Local/1001@agents/n").containsEntry("Context", "outbound")
                .containsEntry("Exten", "13912345678").containsEntry("Priority", "1");
        assertThat(originate.get("Variable")).contains("HOTLINE_PURPOSE=FOLLOW_UP").contains("HOTLINE_REF=" + reference);
        assertThatThrownBy(() -> telephony.originate("agent1", "139;Hangup", CallPurpose.OTHER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void liveCallIsTransferredRecordedAndHandedToEmergencyWithAudit() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        String queueChannel = call.header("Event: QueueCallerJoin", "Channel");
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> r.answeredAt() != null).orElse(false));

        telephony.transfer(callId, "GJJ");
        assertThat(last("Redirect")).containsEntry("Channel", queueChannel).containsEntry("Context", "transfer")
                .containsEntry("Exten", "8001").containsEntry("Priority", "1");

        String file = telephony.startRecording(callId);
        assertThat(file).isEqualTo(callId + ".wav");
        assertThat(last("MixMonitor")).containsEntry("Channel", queueChannel).containsEntry("File", file);

        telephony.transferEmergency(callId, EmergencyService.AMBULANCE_120, "agent1");
        assertThat(last("Redirect")).containsEntry("Context", "emergency").containsEntry("Exten", "120");
        assertThat(events.of(EmergencyTransferred.class)).anyMatch(e -> e.callId().equals(callId)
                && e.service() == EmergencyService.AMBULANCE_120 && e.actor().equals("agent1"));

        assertThatThrownBy(() -> telephony.transfer(callId, "NOPE")).isInstanceOf(UnknownDepartmentException.class);
        assertThatThrownBy(() -> telephony.transfer("404.1", "GJJ")).isInstanceOf(UnknownCallException.class);

        AMI.play(call.eventsAfter("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> r.endedAt() != null).orElse(false));
        assertThat(callRecords.find(callId).orElseThrow().recordingFile()).isEqualTo(file);
        assertThatThrownBy(() -> telephony.startRecording(callId)).isInstanceOf(UnknownCallException.class);
    }

    private static Map<String, String> last(String action) {
        List<Map<String, String>> sent = AMI.actions(action);
        assertThat(sent).as(action + " sent").isNotEmpty();
        return sent.get(sent.size() - 1);
    }
}
