package org.hotline.telephony.survey;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SurveyMapper {

    /** A call already surveyed keeps its first score. */
    int insertIfAbsent(@Param("callId") String callId, @Param("agent") String agent, @Param("score") int score,
                       @Param("surveyedAt") Instant surveyedAt);

    String agentOfCall(@Param("callId") String callId);

    SurveyRow findByCallId(@Param("callId") String callId);

    SurveyRow latestForTicket(@Param("ticketNo") String ticketNo);

    List<SatisfactionRow> satisfaction(@Param("from") Instant from, @Param("to") Instant to,
                                       @Param("agent") String agent);
}
