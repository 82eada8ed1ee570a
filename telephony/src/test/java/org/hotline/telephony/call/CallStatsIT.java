package org.hotline.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStateChanged;
import org.hotline.telephony.CallAbandoned;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallQueued;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.CallStarted;
import org.hotline.telephony.CallStats;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.UnknownCallException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class CallStatsIT extends TelephonyIntegrationSupport {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    CallRecords callRecords;

    /** An hour of its own, far in the past, so reruns on the same database never mix. */
    private final Instant hour = Instant.parse("2001-01-01T00:00:00Z")
            .plus(Duration.ofHours(ThreadLocalRandom.current().nextInt(24 * 365 * 15)));
    private final String prefix = "stats-" + hour.getEpochSecond() + "-";
    private final String agent = "stats-agent-" + hour.getEpochSecond();
    private final String numbers = "13" + String.format("%07d", hour.getEpochSecond() / 3600 % 10_000_000);

    @Test
    void figuresFollowGbT33358WithShortAbandonsCountedApart() {
        int[] answeredWaits = {3, 5, 10, 14, 15, 20, 40};
        for (int i = 0; i < answeredWaits.length; i++) {
            answered(i, answeredWaits[i], 60);
        }
        Instant lastEnd = hour.plusSeconds(6 * 60L + 40 + 60);
        publisher.publishEvent(new AgentStateChanged(agent, AgentState.WRAP_UP, null, lastEnd));
        publisher.publishEvent(new AgentStateChanged(agent, AgentState.READY, null, lastEnd.plusSeconds(14)));
        abandoned(10, 30);
        abandoned(11, 60);
        abandoned(12, 2);
        ivrOnly(13);

        CallStats stats = callRecords.stats(hour, hour.plus(Duration.ofHours(1)));

        assertThat(stats.offered()).isEqualTo(10);
        assertThat(stats.answered()).isEqualTo(7);
        assertThat(stats.answeredWithin15s()).isEqualTo(5);
        assertThat(stats.abandoned()).isEqualTo(2);
        assertThat(stats.shortAbandoned()).isEqualTo(1);
        assertThat(stats.ivrOnly()).isEqualTo(1);
        assertThat(stats.serviceLevel15s()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(stats.connectionRate()).isCloseTo(7.0 / 9, within(1e-9));
        assertThat(stats.connectionRate24h()).isCloseTo(7.0 / 9, within(1e-9));
        assertThat(stats.connectionGoalMet()).isFalse();
        assertThat(stats.averageSpeedOfAnswer()).isCloseTo(107.0 / 7, within(1e-6));
        assertThat(stats.abandonRate()).isCloseTo(2.0 / 9, within(1e-9));
        assertThat(stats.averageHandleTime()).as("talk plus wrap-up").isCloseTo((7 * 60 + 14) / 7.0, within(1e-6));
        assertThat(callRecords.find(prefix + 12).orElseThrow().disposition()).isEqualTo(Disposition.SHORT_ABANDON);
        assertThat(callRecords.find(prefix + 13).orElseThrow().disposition()).isEqualTo(Disposition.IVR_ONLY);
    }

    @Test
    void emptyRangeReadsAsMeetingTheGoalWithNothingAbandoned() {
        Instant empty = hour.minus(Duration.ofDays(400));

        CallStats stats = callRecords.stats(empty, empty.plusSeconds(60));

        assertThat(stats.offered()).isZero();
        assertThat(stats.connectionRate24h()).isEqualTo(1.0);
        assertThat(stats.connectionGoalMet()).isTrue();
        assertThat(stats.abandonRate()).isZero();
        assertThatThrownBy(() -> callRecords.stats(empty, empty.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticketsLinkToTheirCallOnceEach() {
        answered(20, 4, 30);
        String callId = prefix + 20;

        callRecords.linkTicket(callId, "JH20261123000001");
        callRecords.linkTicket(callId, "JH20261123000001");
        callRecords.linkTicket(callId, "JH20261123000002");

        assertThat(callRecords.find(callId).orElseThrow().ticketNos())
                .containsExactly("JH20261123000001", "JH20261123000002");
        assertThat(callRecords.recentOf(numbers + 20, 5)).extracting(r -> r.callId()).first().isEqualTo(callId);
        assertThat(callRecords.recentOf(numbers + 20, 5).get(0).ticketNos()).hasSize(2);
        assertThatThrownBy(() -> callRecords.recentOf(numbers + 20, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> callRecords.linkTicket(prefix + "missing", "JH1"))
                .isInstanceOf(UnknownCallException.class);
        assertThatThrownBy(() -> callRecords.linkTicket(callId, "x".repeat(33)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void answered(int n, int wait, int talk) {
        String id = prefix + n;
        Instant entered = hour.plusSeconds(n * 60L);
        Instant answeredAt = entered.plusSeconds(wait);
        publisher.publishEvent(new CallStarted(id, numbers + n, null, entered));
        publisher.publishEvent(new CallQueued(id, numbers + n, null, "hotline", 1, entered));
        publisher.publishEvent(new CallAnswered(id, id, numbers + n, null, "hotline", agent, "SIM/x", wait,
                null, answeredAt));
        publisher.publishEvent(new CallEnded(id, talk, "Normal Clearing", Disposition.ANSWERED,
                answeredAt.plusSeconds(talk), agent));
    }

    private void abandoned(int n, int hold) {
        String id = prefix + n;
        Instant entered = hour.plusSeconds(n * 60L);
        publisher.publishEvent(new CallStarted(id, numbers + n, null, entered));
        publisher.publishEvent(new CallQueued(id, numbers + n, null, "hotline", 1, entered));
        publisher.publishEvent(new CallAbandoned(id, numbers + n, "hotline", hold, 1, entered.plusSeconds(hold)));
        publisher.publishEvent(new CallEnded(id, 0, "Normal Clearing", Disposition.ABANDONED,
                entered.plusSeconds(hold), null));
    }

    private void ivrOnly(int n) {
        String id = prefix + n;
        Instant entered = hour.plusSeconds(n * 60L);
        publisher.publishEvent(new CallStarted(id, numbers + n, null, entered));
        publisher.publishEvent(new CallEnded(id, 0, "Normal Clearing", Disposition.IVR_ONLY,
                entered.plusSeconds(20), null));
    }
}
