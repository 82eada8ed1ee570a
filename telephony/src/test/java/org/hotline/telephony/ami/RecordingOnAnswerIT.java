package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.AmiHealth;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every answered queue call is recorded: MixMonitor on the bridged caller channel, the file named by the call id. */
class RecordingOnAnswerIT extends TelephonyIntegrationSupport {

    @Autowired
    AmiHealth health;
    @Autowired
    CallRecords callRecords;

    @BeforeEach
    void linkUp() {
        await().atMost(Duration.ofSeconds(15)).until(health::allUp);
    }

    @Test
    void anAnsweredQueueCallIsRecordedIntoAFileNamedByItsCallId() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        String callerChannel = call.header("Event: QueueCallerJoin", "Channel");
        AMI.play(call.eventsThrough("Event: QueueCallerJoin"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).isPresent());
        assertThat(mixMonitorOf(callId)).isNull();

        AMI.play(call.eventsThrough("Event: AgentConnect").subList(
                call.eventsThrough("Event: QueueCallerJoin").size(), call.eventsThrough("Event: AgentConnect").size()));

        await().atMost(Duration.ofSeconds(10)).until(() -> mixMonitorOf(callId) != null);
        assertThat(mixMonitorOf(callId)).containsEntry("Channel", callerChannel)
                .containsEntry("File", callId + ".wav").containsEntry("Options", "b");
        await().atMost(Duration.ofSeconds(10)).until(() -> (callId + ".wav").equals(
                callRecords.find(callId).orElseThrow().recordingFile()));
        AMI.play(call.eventsAfter("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).orElseThrow().endedAt() != null);
    }

    @Test
    void aCallThatNobodyAnsweredIsNotRecorded() {
        AmiFixture call = TestCalls.abandonedCall();
        String callId = TestCalls.callIdOf(call);

        AMI.play(call.unsolicitedEvents());

        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> r.endedAt() != null).orElse(false));
        assertThat(mixMonitorOf(callId)).isNull();
        assertThat(callRecords.find(callId).orElseThrow().recordingFile()).isNull();
    }

    private static Map<String, String> mixMonitorOf(String callId) {
        return AMI.actions("MixMonitor").stream().filter(a -> (callId + ".wav").equals(a.get("File")))
                .findFirst().orElse(null);
    }
}
