package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.TelephonyActionFailedException;
import org.hotline.telephony.TestCalls;
import org.hotline.telephony.TransferMode;
import org.hotline.telephony.UnknownDepartmentException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attended transfer to a department's live window against the transcript-driven AMI server: {@code Atxfer} from the
 * agent's channel, the consultation leg as Asterisk 22 reports it ({@code ami-atxfer.txt}), the agent leaving
 * ({@code Hangup} of its channel → {@code AttendedTransfer} success), the window not answering
 * ({@code ami-atxfer-noanswer.txt}: the caller is back with the agent) and the agent cancelling. Every step is
 * audited.
 */
class AttendedTransferIT extends TransferITSupport {

    private static final String CONSULT_CHANNEL = "Local/8001@transfer-00000002;1";

    @Test
    void theAgentConsultsTheWindowThenLeavesAndTheCallerIsConnected() {
        AmiFixture call = answered();
        String callId = TestCalls.callIdOf(call);
        String agentChannel = call.header("Event: AgentConnect", "DestChannel");
        AmiFixture atxfer = transcript("ami-atxfer.txt.server.raw", callId);

        telephony.transfer(callId, "GJJ", TransferMode.ATTENDED, "agent1");

        assertThat(last("Atxfer")).containsEntry("Channel", agentChannel).containsEntry("Context", "transfer")
                .containsEntry("Exten", "8001").containsEntry("Priority", "1");
        AMI.play(atxfer.eventsThrough("Event: BridgeEnter"));
        await().atMost(Duration.ofSeconds(5)).until(() -> telephonyKnowsConsultation(callId));

        telephony.completeTransfer(callId, "agent1");

        assertThat(last("Hangup")).containsEntry("Channel", agentChannel);
        AMI.play(atxfer.eventsAfter("Event: BridgeEnter"));
        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).contains("COMPLETED"));
        assertThat(audit(callId)).containsExactly(
                Map.of("kind", "ATTENDED", "target", "GJJ/8001", "actor", "agent1", "outcome", "ORDERED"),
                Map.of("kind", "ATTENDED", "target", "GJJ/8001", "actor", "agent1", "outcome", "COMPLETED"));
        assertThatThrownBy(() -> telephony.completeTransfer(callId, "agent1"))
                .isInstanceOf(TelephonyActionFailedException.class);
        hangUp(call);
    }

    @Test
    void aWindowThatDoesNotAnswerReturnsTheCallerToTheAgent() {
        AmiFixture call = answered();
        String callId = TestCalls.callIdOf(call);

        telephony.transfer(callId, "GJJ", TransferMode.ATTENDED, "agent1");
        AMI.play(transcript("ami-atxfer-noanswer.txt.server.raw", callId).unsolicitedEvents());

        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).contains("FAILED"));
        assertThat(outcomes(callId)).containsExactly("ORDERED", "FAILED");
        assertThat(callRecords.find(callId).orElseThrow().endedAt()).isNull();
        int atxfers = AMI.actions("Atxfer").size();
        telephony.transfer(callId, "GJJ", TransferMode.ATTENDED, "agent1");
        assertThat(AMI.actions("Atxfer")).hasSize(atxfers + 1);
        hangUp(call);
        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).size() == 4);
        assertThat(outcomes(callId)).endsWith("ORDERED", "FAILED");
    }

    @Test
    void theAgentCancelsTheConsultationAndKeepsTheCaller() {
        AmiFixture call = answered();
        String callId = TestCalls.callIdOf(call);
        AmiFixture atxfer = transcript("ami-atxfer.txt.server.raw", callId);
        AmiFixture noAnswer = transcript("ami-atxfer-noanswer.txt.server.raw", callId);
        telephony.transfer(callId, "GJJ", TransferMode.ATTENDED, "agent2");
        AMI.play(atxfer.eventsThrough("Event: BridgeEnter"));
        await().atMost(Duration.ofSeconds(5)).until(() -> telephonyKnowsConsultation(callId));

        telephony.cancelTransfer(callId, "agent2");

        assertThat(last("Hangup")).containsEntry("Channel", CONSULT_CHANNEL);
        AMI.play(noAnswer.unsolicitedEvents().stream().filter(e -> e.startsWith("Event: Hangup\r\n")
                && e.contains("Channel: " + CONSULT_CHANNEL + "\r\n")).toList());
        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).contains("CANCELLED"));
        assertThat(audit(callId)).extracting(a -> a.get("actor")).containsOnly("agent2");
        hangUp(call);
    }

    @Test
    void transfersAreRefusedBeforeAsteriskIsAskedWhenTheyCannotWork() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: QueueCallerJoin"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).isPresent());
        int atxfers = AMI.actions("Atxfer").size();

        assertThatThrownBy(() -> telephony.transfer(callId, "GJJ", TransferMode.ATTENDED, "agent1"))
                .isInstanceOf(TelephonyActionFailedException.class);
        assertThatThrownBy(() -> telephony.transfer(callId, "NOPE", TransferMode.ATTENDED, "agent1"))
                .isInstanceOf(UnknownDepartmentException.class);
        assertThatThrownBy(() -> telephony.cancelTransfer(callId, "agent1"))
                .isInstanceOf(TelephonyActionFailedException.class);
        assertThat(AMI.actions("Atxfer")).hasSize(atxfers);
        assertThat(audit(callId)).isEmpty();
        AMI.play(call.eventsAfter("Event: QueueCallerJoin"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).orElseThrow().endedAt() != null);
    }

    private void hangUp(AmiFixture call) {
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsAfter("Event: AgentConnect"));
        AMI.play(transcript("ami-atxfer.txt.server.raw", callId).unsolicitedEvents().stream()
                .filter(e -> e.startsWith("Event: Hangup\r\n")).toList());
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).orElseThrow().endedAt() != null);
    }

    @Autowired
    AmiEventTranslator translator;

    private boolean telephonyKnowsConsultation(String callId) {
        return translator.transferOf(callId).map(t -> CONSULT_CHANNEL.equals(t.consultChannel)).orElse(false);
    }
}
