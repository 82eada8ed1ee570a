package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.CallAbandoned;
import org.hotline.telephony.CallLeftQueue;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.CallStats;
import org.hotline.telephony.Callbacks;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.QueueExit;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TelephonyTestApplication.RecordedEvents;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A caller whom the queue dropped on its timeout is not a caller who gave up: the recorded abandon transcript is
 * replayed with the abandon replaced by what Asterisk sends when {@code Queue()} times out (the dialplan variable
 * {@code QUEUESTATUS=TIMEOUT}), over a real AMI socket.
 */
class QueueExitIT extends TelephonyIntegrationSupport {

    @Autowired
    CallRecords callRecords;
    @Autowired
    Callbacks callbacks;
    @Autowired
    RecordedEvents events;

    @Test
    void aQueueTimeoutIsCountedApartFromAbandonsAsUnansweredAndGetsACallback() {
        AmiFixture call = TestCalls.abandonedCall();
        String callId = TestCalls.callIdOf(call);
        String caller = TestCalls.callerOf(call);
        Instant from = Instant.now().minusSeconds(5);
        CallStats before = callRecords.stats(from, Instant.now().plusSeconds(3600));

        AMI.play(timedOut(call));

        CallRecord record = await().atMost(Duration.ofSeconds(10))
                .until(() -> callRecords.find(callId).orElse(null), r -> r != null && r.endedAt() != null);
        assertThat(record.disposition()).isEqualTo(Disposition.UNANSWERED);
        assertThat(events.of(CallAbandoned.class)).noneMatch(e -> e.callId().equals(callId));
        assertThat(events.of(CallLeftQueue.class)).filteredOn(e -> e.callId().equals(callId)).singleElement()
                .satisfies(e -> {
                    assertThat(e.exit()).isEqualTo(QueueExit.TIMEOUT);
                    assertThat(e.queue()).isEqualTo("hotline");
                });
        assertThat(callbacks.open()).anyMatch(t -> t.callerNumber().equals(caller));

        CallStats after = callRecords.stats(from, Instant.now().plusSeconds(3600));
        assertThat(after.timedOut() - before.timedOut()).isEqualTo(1);
        assertThat(after.abandoned() - before.abandoned()).isZero();
        assertThat(after.shortAbandoned() - before.shortAbandoned()).isZero();
        assertThat(after.offered() - before.offered()).isEqualTo(1);
        assertThat(after.answered() - before.answered()).isZero();
    }

    /** The abandon transcript as a timeout: no QueueCallerAbandon; Queue() returns with QUEUESTATUS=TIMEOUT. */
    private static List<String> timedOut(AmiFixture abandon) {
        List<String> events = new ArrayList<>(abandon.eventsThrough("Event: QueueCallerAbandon"));
        events.remove(events.size() - 1);
        String queueChannelVar = events.stream()
                .filter(m -> m.startsWith("Event: VarSet\r\n") && m.contains(";2\r\n"))
                .findFirst().orElseThrow();
        events.add(queueChannelVar.replaceAll("Variable: [^\r]*", "Variable: QUEUESTATUS")
                .replaceAll("Value: [^\r]*", "Value: TIMEOUT"));
        events.addAll(abandon.eventsAfter("Event: QueueCallerAbandon"));
        return events;
    }
}
