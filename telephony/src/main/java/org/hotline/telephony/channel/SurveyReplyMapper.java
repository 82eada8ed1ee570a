package org.hotline.telephony.channel;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SurveyReplyMapper {

    /** @return the ticket of the latest survey sent to the phone since {@code since} and not answered yet, or null */
    String openSurvey(@Param("phone") String phone, @Param("since") Instant since);

    int insert(@Param("messageId") String messageId, @Param("phone") String phone, @Param("ticketNo") String ticketNo,
               @Param("score") int score, @Param("at") Instant at);

    String ticketOf(@Param("messageId") String messageId);
}
