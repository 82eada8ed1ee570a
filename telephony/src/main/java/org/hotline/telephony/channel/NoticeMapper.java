package org.hotline.telephony.channel;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NoticeMapper {

    int insert(NoticeRow row);

    List<NoticeRow> findDue(@Param("now") Instant now, @Param("limit") int limit);

    int lease(@Param("id") long id, @Param("seen") Instant seen, @Param("until") Instant until);

    int markSent(@Param("id") long id, @Param("at") Instant at);

    int markRetry(@Param("id") long id, @Param("next") Instant next);

    int markFailed(@Param("id") long id);

    int insertAttempt(@Param("noticeId") long noticeId, @Param("attempt") int attempt, @Param("at") Instant at,
                      @Param("outcome") String outcome, @Param("error") String error);

    List<NoticeRow> ofTicket(@Param("ticketNo") String ticketNo);

    int countAttempts(@Param("noticeId") long noticeId);
}
