package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.LiveQueue;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TestCalls;
import org.hotline.telephony.WaitingCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue's live state from AMI events over a real socket: a caller waits from {@code QueueCallerJoin} until the
 * answer, or until the abandon and {@code QueueCallerLeave}, with the longest wait measured from the join.
 */
class LiveQueueIT extends TelephonyIntegrationSupport {

    private static final String JOIN = "Event: QueueCallerJoin";

    @Autowired
    LiveQueue queue;

    @Test
    void aCallerWaitsFromTheJoinUntilAnsweredOrGone() {
        await().atMost(Duration.ofSeconds(15)).until(AMI::hasClient);
        int before = queue.waiting().count();
        AmiFixture answered = TestCalls.answeredCall();
        AmiFixture abandoned = TestCalls.abandonedCall();

        Instant joined = Instant.now();
        AMI.play(answered.eventsThrough(JOIN));
        AMI.play(abandoned.eventsThrough(JOIN));
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.waiting().count() == before + 2);
        WaitingCalls waiting = queue.waiting();
        assertThat(waiting.oldestSince()).isNotNull();
        assertThat(Duration.between(joined, waiting.oldestSince()).abs()).isLessThan(Duration.ofSeconds(5));

        AMI.play(answered.eventsAfter(JOIN));
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.waiting().count() == before + 1);
        List<String> rest = abandoned.eventsAfter(JOIN);
        AMI.play(rest);
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.waiting().count() == before);
    }
}
