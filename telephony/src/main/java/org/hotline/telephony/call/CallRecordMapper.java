package org.hotline.telephony.call;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CallRecordMapper {

    int insertIfAbsent(@Param("callId") String callId, @Param("callerNumber") String callerNumber,
                       @Param("callerName") String callerName, @Param("enteredAt") Instant enteredAt);

    int markQueued(@Param("callId") String callId, @Param("queueName") String queueName,
                   @Param("queuedAt") Instant queuedAt);

    int markAnswered(@Param("callId") String callId, @Param("agent") String agent,
                     @Param("agentInterface") String agentInterface, @Param("answeredAt") Instant answeredAt,
                     @Param("waitSeconds") int waitSeconds, @Param("ivrChoice") String ivrChoice);

    int markAbandoned(@Param("callId") String callId, @Param("waitSeconds") int waitSeconds,
                      @Param("position") int position, @Param("disposition") String disposition);

    int markEnded(@Param("callId") String callId, @Param("endedAt") Instant endedAt,
                  @Param("talkSeconds") int talkSeconds, @Param("hangupCause") String hangupCause,
                  @Param("disposition") String disposition);

    int setRecording(@Param("callId") String callId, @Param("recordingFile") String recordingFile);

    Long findLatestEndedIdOfAgent(@Param("agent") String agent, @Param("since") Instant since);

    int setWrapUp(@Param("id") long id, @Param("wrapUpSeconds") int wrapUpSeconds);

    CallRow findByCallId(@Param("callId") String callId);

    List<CallRow> search(@Param("from") Instant from, @Param("to") Instant to, @Param("agent") String agent,
                         @Param("disposition") String disposition, @Param("limit") int limit,
                         @Param("offset") long offset);

    List<CallRow> ofTicket(@Param("ticketNo") String ticketNo);

    List<CallRow> recentOf(@Param("callerNumber") String callerNumber, @Param("limit") int limit);

    long count(@Param("from") Instant from, @Param("to") Instant to, @Param("agent") String agent,
               @Param("disposition") String disposition);

    CallStatsRow stats(@Param("from") Instant from, @Param("to") Instant to,
                       @Param("levelSeconds") int levelSeconds, @Param("agent") String agent);

    List<CallStatsRow> agentStats(@Param("from") Instant from, @Param("to") Instant to,
                                  @Param("levelSeconds") int levelSeconds, @Param("agent") String agent);

    int markLeftQueue(@Param("callId") String callId, @Param("waitSeconds") int waitSeconds,
                      @Param("exit") String exit);

    long countWaiting(@Param("since") Instant since);

    int linkTicket(@Param("callId") String callId, @Param("ticketNo") String ticketNo,
                   @Param("linkedAt") Instant linkedAt);

    List<CallTicketRow> ticketsOf(@Param("callIds") List<String> callIds);

    int insertTransferAudit(@Param("callId") String callId, @Param("kind") String kind,
                            @Param("target") String target, @Param("actor") String actor,
                            @Param("orderedAt") Instant orderedAt, @Param("outcome") String outcome);

    int countTransferAudits(@Param("callId") String callId);
}
