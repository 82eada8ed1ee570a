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
import org.hotline.telephony.config.TelephonyProperties;
import org.hotline.telephony.config.TelephonyProperties.RecordingMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every answered queue call is recorded into a file named by the call id. By default the queue records
 * ({@code ami-queue-recording.txt}: {@code monitor-format}, {@code MONITOR_FILENAME} set by the dialplan) and the
 * application only links the file Asterisk reports, sending no AMI action (the AMI user has no {@code system}
 * rights); in the optional {@code ami} mode the application sends {@code MixMonitor} itself.
 */
class RecordingOnAnswerIT extends TelephonyIntegrationSupport {

    @Autowired
    AmiHealth health;
    @Autowired
    CallRecords callRecords;
    @Autowired
    TelephonyProperties properties;

    @BeforeEach
    void linkUp() {
        await().atMost(Duration.ofSeconds(15)).until(health::allUp);
    }

    @Test
    void theQueueRecordsAnAnsweredCallAndTheApplicationLinksTheFileAsteriskReports() {
        AmiFixture call = TestCalls.recordedCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: QueueCallerJoin"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).isPresent());
        assertThat(callRecords.find(callId).orElseThrow().recordingFile()).isNull();

        AMI.play(between(call, "Event: QueueCallerJoin", "Event: AgentConnect"));

        await().atMost(Duration.ofSeconds(10)).until(() -> TestCalls.recordingFileOf(callId).equals(
                callRecords.find(callId).orElseThrow().recordingFile()));
        AMI.play(call.eventsAfter("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).orElseThrow().endedAt() != null);
        assertThat(callRecords.find(callId).orElseThrow().recordingFile()).isEqualTo(TestCalls.recordingFileOf(callId));
        assertThat(AMI.actions("MixMonitor")).noneMatch(a -> a.getOrDefault("File", "").contains(callId));
    }

    @Test
    void inAmiModeTheApplicationStartsMixMonitorOnTheCallersChannel() {
        properties.getRecordings().setMode(RecordingMode.AMI);
        try {
            AmiFixture call = TestCalls.answeredCall();
            String callId = TestCalls.callIdOf(call);
            String callerChannel = call.header("Event: QueueCallerJoin", "Channel");
            AMI.play(call.eventsThrough("Event: QueueCallerJoin"));
            await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).isPresent());
            assertThat(mixMonitorOf(callId)).isNull();

            AMI.play(between(call, "Event: QueueCallerJoin", "Event: AgentConnect"));

            await().atMost(Duration.ofSeconds(10)).until(() -> mixMonitorOf(callId) != null);
            assertThat(mixMonitorOf(callId)).containsEntry("Channel", callerChannel)
                    .containsEntry("File", callId + ".wav").containsEntry("Options", "b");
            await().atMost(Duration.ofSeconds(10)).until(() -> (callId + ".wav").equals(
                    callRecords.find(callId).orElseThrow().recordingFile()));
            AMI.play(call.eventsAfter("Event: AgentConnect"));
            await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId).orElseThrow().endedAt() != null);
        } finally {
            properties.getRecordings().setMode(RecordingMode.QUEUE);
        }
    }

    @Test
    void theDefaultModeNeverAsksAsteriskToRecordAndAnUnrecordedCallHasNoFile() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);

        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> r.answeredAt() != null).orElse(false));
        AMI.play(call.eventsAfter("Event: AgentConnect"));

        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> r.endedAt() != null).orElse(false));
        assertThat(mixMonitorOf(callId)).isNull();
        assertThat(callRecords.find(callId).orElseThrow().recordingFile()).isNull();
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

    private static java.util.List<String> between(AmiFixture call, String after, String through) {
        return call.eventsThrough(through).subList(call.eventsThrough(after).size(), call.eventsThrough(through).size());
    }

    private static Map<String, String> mixMonitorOf(String callId) {
        return AMI.actions("MixMonitor").stream().filter(a -> (callId + ".wav").equals(a.get("File")))
                .findFirst().orElse(null);
    }
}
