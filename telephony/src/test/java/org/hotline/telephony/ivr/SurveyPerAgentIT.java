package org.hotline.telephony.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.assertj.core.data.Offset;
import org.hotline.telephony.AgentSatisfaction;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.SurveyScore;
import org.hotline.telephony.Surveys;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TelephonyTestApplication.RecordedSurveys;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Survey scores pressed over a real FastAGI socket are kept with the call and the agent who answered it. */
class SurveyPerAgentIT extends TelephonyIntegrationSupport {

    @Autowired
    FastAgiServer server;
    @Autowired
    Surveys surveys;
    @Autowired
    CallRecords callRecords;
    @Autowired
    RecordedSurveys sink;

    @Test
    void aScoreIsKeptWithTheCallAndItsAgentAndCountedInTheAgentsSatisfaction() {
        Instant from = Instant.now().minusSeconds(1);
        AgentSatisfaction before = satisfactionOfAgent1(from);
        String first = answeredCallOfAgent1();
        String second = answeredCallOfAgent1();

        new AgiCaller().pressing("4").call(server.port(), "survey?call=" + first);
        new AgiCaller().withLinkedId(second).pressing("1").call(server.port(), "survey");

        assertThat(surveys.ofCall(first)).get().extracting(SurveyScore::agent, SurveyScore::score)
                .containsExactly("agent1", 4);
        assertThat(surveys.ofCall(second)).get().extracting(SurveyScore::score).isEqualTo(1);
        assertThat(sink.of(first)).extracting(RecordedSurveys.Result::score).containsExactly(4);
        AgentSatisfaction after = satisfactionOfAgent1(from);
        assertThat(after.count()).isEqualTo(before.count() + 2);
        assertThat(after.distribution().get(0)).isEqualTo(before.distribution().get(0) + 1);
        assertThat(after.distribution().get(3)).isEqualTo(before.distribution().get(3) + 1);
        if (before.count() == 0) {
            assertThat(after.average()).isCloseTo(2.5, Offset.offset(1e-9));
        }
    }

    @Test
    void aCallIsSurveyedOnceAndTheFirstScoreStands() {
        String callId = answeredCallOfAgent1();

        new AgiCaller().pressing("5").call(server.port(), "survey?call=" + callId);
        new AgiCaller().pressing("2").call(server.port(), "survey?call=" + callId);

        assertThat(surveys.ofCall(callId)).get().extracting(SurveyScore::score).isEqualTo(5);
        assertThat(sink.of(callId)).extracting(RecordedSurveys.Result::score).containsExactly(5, 5);
    }

    @Test
    void aScoreOfACallWithoutRecordIsKeptWithoutAgent() {
        String callId = "unrecorded-" + System.nanoTime();

        new AgiCaller().pressing("3").call(server.port(), "survey?call=" + callId);

        assertThat(surveys.ofCall(callId)).get().extracting(SurveyScore::agent, SurveyScore::score)
                .containsExactly(null, 3);
    }

    @Test
    void theLatestSurveyOfACallLinkedToATicketIsTheTicketsScore() {
        String earlier = answeredCallOfAgent1();
        String later = answeredCallOfAgent1();
        String ticketNo = "JH" + System.nanoTime();
        callRecords.linkTicket(earlier, ticketNo);
        callRecords.linkTicket(later, ticketNo);
        assertThat(surveys.latestForTicket(ticketNo)).isEmpty();

        surveys.record(earlier, 2);
        await().atMost(Duration.ofSeconds(2)).until(() -> Instant.now().isAfter(surveys.ofCall(earlier)
                .orElseThrow().at()));
        surveys.record(later, 5);

        assertThat(surveys.latestForTicket(ticketNo)).get().extracting(SurveyScore::callId).isEqualTo(later);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> surveys.record("x", 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> surveys.record(" ", 3)).isInstanceOf(IllegalArgumentException.class);
        Instant now = Instant.now();
        assertThatThrownBy(() -> surveys.satisfaction(now, now.minusSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> surveys.satisfaction(now.minus(Duration.ofDays(400)), now, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private AgentSatisfaction satisfactionOfAgent1(Instant from) {
        List<AgentSatisfaction> rows = surveys.satisfaction(from, Instant.now().plusSeconds(60), "agent1");
        assertThat(rows).allMatch(r -> "agent1".equals(r.agent()));
        return rows.stream().findFirst()
                .orElse(new AgentSatisfaction("agent1", 0, 0.0, List.of(0L, 0L, 0L, 0L, 0L)));
    }

    private String answeredCallOfAgent1() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.unsolicitedEvents());
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> "agent1".equals(r.agent()) && r.endedAt() != null).orElse(false));
        return callId;
    }
}
