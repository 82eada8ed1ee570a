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


    /** @return 1 when the contact was unlinked and is now linked, else 0 */
    int linkCitizen(@Param("id") long id, @Param("citizenId") long citizenId);

    /** Contacts still unlinked that were received at or before {@code before}, oldest first. */
    List<ContactRow> findUnlinked(@Param("before") Instant before, @Param("limit") int limit);

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
