package org.hotline.telephony.call;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CallbackMapper {

    CallbackRow findOpenForNumber(@Param("callerNumber") String callerNumber, @Param("since") Instant since);

    int insert(@Param("callerNumber") String callerNumber, @Param("callId") String callId,
               @Param("queueName") String queueName, @Param("at") Instant at);

    int addAbandon(@Param("id") long id, @Param("callId") String callId, @Param("at") Instant at);

    int cancelOpenForNumber(@Param("callerNumber") String callerNumber, @Param("at") Instant at);

    int take(@Param("id") long id, @Param("agent") String agent, @Param("at") Instant at);

    int reopen(@Param("id") long id, @Param("at") Instant at);

    int recordOutcome(@Param("id") long id, @Param("dialledBy") String dialledBy, @Param("outcome") String outcome,
                      @Param("note") String note, @Param("statusAfter") String statusAfter, @Param("at") Instant at);

    int insertAttempt(@Param("id") long id, @Param("callerNumber") String callerNumber,
                      @Param("dialledBy") String dialledBy, @Param("recordedBy") String recordedBy,
                      @Param("outcome") String outcome, @Param("note") String note,
                      @Param("statusAfter") String statusAfter, @Param("at") Instant at);

    CallbackRow findById(@Param("id") long id);

    List<CallbackRow> findOpen(@Param("limit") int limit);

    List<CallbackRow> findRecent(@Param("limit") int limit);
}
