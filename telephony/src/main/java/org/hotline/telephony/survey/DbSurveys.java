package org.hotline.telephony.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hotline.telephony.AgentSatisfaction;
import org.hotline.telephony.CallQuery;
import org.hotline.telephony.SurveyScore;
import org.hotline.telephony.Surveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class DbSurveys implements Surveys {

    private static final Logger log = LoggerFactory.getLogger(DbSurveys.class);

    private final SurveyMapper mapper;
    private final Clock clock = Clock.systemUTC();

    DbSurveys(SurveyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public SurveyScore record(String callId, int score) {
        requireCallId(callId);
        SurveyScore.requireScore(score);
        if (mapper.insertIfAbsent(callId, mapper.agentOfCall(callId), score, clock.instant()) == 0) {
            log.info("call {} was already surveyed; the first score stands", callId);
        }
        return mapper.findByCallId(callId).toScore();
    }

    @Override
    public Optional<SurveyScore> ofCall(String callId) {
        if (callId == null || callId.isBlank() || callId.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.findByCallId(callId)).map(SurveyRow::toScore);
    }

    @Override
    public Optional<SurveyScore> latestForTicket(String ticketNo) {
        if (ticketNo == null || ticketNo.isBlank() || ticketNo.length() > 32) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.latestForTicket(ticketNo)).map(SurveyRow::toScore);
    }

    @Override
    public List<AgentSatisfaction> satisfaction(Instant from, Instant to, String agent) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("from and to are required and from must not be after to");
        }
        if (Duration.between(from, to).compareTo(CallQuery.MAX_RANGE) > 0) {
            throw new IllegalArgumentException("range must not exceed " + CallQuery.MAX_RANGE.toDays() + " days");
        }
        return mapper.satisfaction(from, to, agent).stream().map(SatisfactionRow::toSatisfaction).toList();
    }

    private static void requireCallId(String callId) {
        if (callId == null || callId.isBlank() || callId.length() > 64) {
            throw new IllegalArgumentException("a call id is 1..64 characters");
        }
    }
}
