package org.hotline.telephony.channel;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ContactMapper {

    int insert(ContactRow row);

    ContactRow findById(@Param("id") long id);

    ContactRow findByExternalId(@Param("channel") String channel, @Param("externalId") String externalId);

    /** Inserts the rows in one statement and sets their generated ids. */
    int insertAll(List<ContactRow> rows);

    /** The stored contacts with the (channel, external id) of any of the given rows. */
    List<ContactRow> findByExternalIds(List<ContactRow> keys);

    List<ContactRow> queue(@Param("status") String status, @Param("channel") String channel,
                           @Param("limit") int limit);

    List<ContactRow> ofCitizen(@Param("citizenId") long citizenId, @Param("limit") int limit);

    List<ContactRow> ofTicket(@Param("ticketNo") String ticketNo);

    int claim(@Param("id") long id, @Param("agent") String agent, @Param("at") Instant at);

    int release(@Param("id") long id, @Param("agent") String agent);

    int answer(@Param("id") long id, @Param("agent") String agent, @Param("answer") String answer,
               @Param("at") Instant at);

    int linkTicket(@Param("id") long id, @Param("agent") String agent, @Param("ticketNo") String ticketNo,
                   @Param("at") Instant at);

    int closeOfTicket(@Param("ticketNo") String ticketNo);

    List<ChannelFiguresRow> stats(@Param("from") Instant from, @Param("to") Instant to, @Param("now") Instant now);

    List<ContactRow> findBreached(@Param("now") Instant now, @Param("limit") int limit);

    int markBreachNotified(@Param("id") long id);
}
