package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TelephonyActionFailedException;
import org.hotline.telephony.TestCalls;
import org.hotline.telephony.TransferMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Three-way calls (三方通话) with a department's live window against the transcript-driven AMI server:
 * {@code Redirect} of caller and agent (ExtraChannel) into the ConfBridge room named by the call id, {@code Originate}
 * of the window into it under the application's channel id, as Asterisk 22 reports them ({@code ami-conference.txt}:
 * the window joins, the agent leaves by {@code ConfbridgeKick}, the department and the caller talk on;
 * {@code ami-conference-noanswer.txt}: the window does not answer and caller and agent talk on). Every step is
 * audited; only AMI actions outside the {@code system} class are used.
 */
class ConferenceCallIT extends TransferITSupport {

    private static final String TRANSCRIPT_WINDOW = "hotline-3way-0f5c2a9e-7d41-4b8a-9c36-2e8d1f4a6b70";
    private static final String WINDOW_CHANNEL = "Local/8001@transfer-00000002;1";

    @Autowired
    AgentStates agentStates;

    @BeforeEach
    void agentOnline() {
        agentStates.heartbeat("agent1");
    }

    @Test
    void theWindowJoinsAllThreeTalkThenTheAgentLeavesAndTheCallerStaysWithTheDepartment() {
        AmiFixture call = answered();
        String callId = TestCalls.callIdOf(call);
        String callerChannel = call.header("Event: QueueCallerJoin", "Channel");
        String agentChannel = call.header("Event: AgentConnect", "DestChannel");

        telephony.transfer(callId, "GJJ", TransferMode.CONFERENCE, "agent1");

        assertThat(last("Redirect")).containsEntry("Channel", callerChannel).containsEntry("ExtraChannel", agentChannel)
                .containsEntry("Context", "conference").containsEntry("Exten", callId).containsEntry("Priority", "1")
                .containsEntry("ExtraContext", "conference-staff").containsEntry("ExtraExten", callId)
                .containsEntry("ExtraPriority", "1");
        Map<String, String> originate = last("Originate");
        assertThat(originate).containsEntry("Channel", "Local/8001@transfer")
                .containsEntry("Context", "conference-staff").containsEntry("Exten", callId)
                .containsEntry("Async", "true").containsEntry("Timeout", "30000");
        assertThat(originate.get("ChannelId")).startsWith("hotline-3way-");
        AmiFixture conference = transcript("ami-conference.txt.server.raw", callId, originate.get("ChannelId"));
        List<String> events = conference.unsolicitedEvents();
        int agentLeaves = indexOf(events, "Event: ConfbridgeLeave", agentChannel);
        int windowLeaves = indexOf(events, "Event: ConfbridgeLeave", WINDOW_CHANNEL);
        assertThatThrownBy(() -> telephony.completeTransfer(callId, "agent1"))
                .isInstanceOf(TelephonyActionFailedException.class);

        AMI.play(events.subList(0, agentLeaves));
        AMI.send(originateResponse(conference, originate));

        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).contains("JOINED"));
        assertThat(agentStates.state("agent1")).isEqualTo(AgentState.TALKING);

        telephony.completeTransfer(callId, "agent1");

        assertThat(last("ConfbridgeKick")).containsEntry("Conference", callId).containsEntry("Channel", agentChannel);
        AMI.play(events.subList(agentLeaves, windowLeaves));
        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).contains("COMPLETED"));
        assertThat(audit(callId)).containsExactly(
                Map.of("kind", "CONFERENCE", "target", "GJJ/8001", "actor", "agent1", "outcome", "ORDERED"),
                Map.of("kind", "CONFERENCE", "target", "GJJ/8001", "actor", "agent1", "outcome", "JOINED"),
                Map.of("kind", "CONFERENCE", "target", "GJJ/8001", "actor", "agent1", "outcome", "COMPLETED"));
        assertThat(agentStates.state("agent1")).isEqualTo(AgentState.WRAP_UP);
        assertThat(callRecords.find(callId).orElseThrow().endedAt()).as("the caller talks on with the department")
                .isNull();

        AMI.play(events.subList(windowLeaves, events.size()));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).orElseThrow().endedAt() != null);
        assertThat(outcomes(callId)).hasSize(3);
    }

    @Test
    void aWindowThatDoesNotAnswerLeavesCallerAndAgentTalkingAndASecondTryCanBeCancelled() {
        AmiFixture call = answered();
        String callId = TestCalls.callIdOf(call);
        telephony.transfer(callId, "GJJ", TransferMode.CONFERENCE, "agent1");
        Map<String, String> first = last("Originate");
        AmiFixture noAnswer = transcript("ami-conference-noanswer.txt.server.raw", callId, first.get("ChannelId"));

        AMI.play(noAnswer.unsolicitedEvents());
        AMI.send(originateResponse(noAnswer, first));

        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).contains("FAILED"));
        assertThat(outcomes(callId)).containsExactly("ORDERED", "FAILED");
        assertThat(callRecords.find(callId).orElseThrow().endedAt()).isNull();
        assertThat(agentStates.state("agent1")).isEqualTo(AgentState.TALKING);
        assertThatThrownBy(() -> telephony.completeTransfer(callId, "agent1"))
                .isInstanceOf(TelephonyActionFailedException.class);

        int redirects = AMI.actions("Redirect").size();
        telephony.transfer(callId, "GJJ", TransferMode.CONFERENCE, "supervisor1");
        assertThat(AMI.actions("Redirect")).as("caller and agent are already in the room").hasSize(redirects);
        Map<String, String> second = last("Originate");
        assertThat(second.get("ChannelId")).isNotEqualTo(first.get("ChannelId"));

        telephony.cancelTransfer(callId, "supervisor1");

        assertThat(last("Hangup")).containsEntry("Channel", second.get("ChannelId"));
        AMI.send(originateResponse(transcript("ami-conference-noanswer.txt.server.raw", callId,
                second.get("ChannelId")), second));
        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).contains("CANCELLED"));
        assertThat(audit(callId)).extracting(a -> a.get("actor") + "/" + a.get("outcome")).containsExactly(
                "agent1/ORDERED", "agent1/FAILED", "supervisor1/ORDERED", "supervisor1/CANCELLED");
        hangUp(callId);
    }

    @Test
    void theAgentDropsTheWindowAndKeepsTheCaller() {
        AmiFixture call = answered();
        String callId = TestCalls.callIdOf(call);
        telephony.transfer(callId, "GJJ", TransferMode.CONFERENCE, "agent1");
        Map<String, String> originate = last("Originate");
        AmiFixture conference = transcript("ami-conference.txt.server.raw", callId, originate.get("ChannelId"));
        List<String> events = conference.unsolicitedEvents();
        String agentChannel = call.header("Event: AgentConnect", "DestChannel");
        AMI.play(events.subList(0, indexOf(events, "Event: ConfbridgeLeave", agentChannel)));
        AMI.send(originateResponse(conference, originate));
        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).contains("JOINED"));

        telephony.cancelTransfer(callId, "agent1");

        assertThat(last("ConfbridgeKick")).containsEntry("Conference", callId).containsEntry("Channel", WINDOW_CHANNEL);
        AMI.play(events.stream().filter(e -> e.startsWith("Event: ConfbridgeLeave\r\n")
                && e.contains("Channel: " + WINDOW_CHANNEL + "\r\n")).toList());
        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes(callId).contains("CANCELLED"));
        assertThat(outcomes(callId)).containsExactly("ORDERED", "JOINED", "CANCELLED");
        assertThat(agentStates.state("agent1")).isEqualTo(AgentState.TALKING);
        assertThat(callRecords.find(callId).orElseThrow().endedAt()).isNull();
        hangUp(callId);
    }

    @Test
    void aCallWithoutAnAgentOrWithATransferInProgressIsRefusedBeforeAsteriskIsAsked() {
        AmiFixture waiting = TestCalls.answeredCall();
        String waitingId = TestCalls.callIdOf(waiting);
        AMI.play(waiting.eventsThrough("Event: QueueCallerJoin"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(waitingId).isPresent());
        int redirects = AMI.actions("Redirect").size();
        int originates = AMI.actions("Originate").size();

        assertThatThrownBy(() -> telephony.transfer(waitingId, "GJJ", TransferMode.CONFERENCE, "agent1"))
                .isInstanceOf(TelephonyActionFailedException.class);

        AmiFixture call = answered();
        String callId = TestCalls.callIdOf(call);
        telephony.transfer(callId, "GJJ", TransferMode.ATTENDED, "agent1");
        assertThatThrownBy(() -> telephony.transfer(callId, "GJJ", TransferMode.CONFERENCE, "agent1"))
                .isInstanceOf(TelephonyActionFailedException.class);
        assertThat(AMI.actions("Redirect")).hasSize(redirects);
        assertThat(AMI.actions("Originate")).hasSize(originates);
        assertThat(audit(waitingId)).isEmpty();
        AMI.play(waiting.eventsAfter("Event: QueueCallerJoin"));
        hangUp(callId);
    }

    /** Every channel of the call hangs up, as at the end of {@code ami-conference.txt}. */
    private void hangUp(String callId) {
        AMI.play(transcript("ami-conference.txt.server.raw", callId, TRANSCRIPT_WINDOW).unsolicitedEvents().stream()
                .filter(e -> e.startsWith("Event: Hangup\r\n")).toList());
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).orElseThrow().endedAt() != null);
    }

    /** The transcript with the ids of the call played in this test and the window's channel id the test got. */
    private static AmiFixture transcript(String name, String callId, String windowId) {
        return transcript(name, callId).replacing(TRANSCRIPT_WINDOW, windowId);
    }

    /** The transcript's OriginateResponse, answering the application's Originate (its ActionID). */
    private static String originateResponse(AmiFixture transcript, Map<String, String> originate) {
        return transcript.first("Event: OriginateResponse").replaceFirst("ActionID: [^\r]*",
                java.util.regex.Matcher.quoteReplacement("ActionID: " + originate.get("ActionID")));
    }

    private static int indexOf(List<String> events, String firstLine, String channel) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(firstLine + "\r\n") && events.get(i).contains("Channel: " + channel + "\r\n")) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + firstLine + " of " + channel);
    }
}
