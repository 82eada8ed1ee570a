package org.hotline.workflow.analytics;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SurgeMapper {

    void addToHour(@Param("category") String category, @Param("district") String district,
            @Param("hour") Instant hour);

    Long findHourCount(@Param("category") String category, @Param("district") String district,
            @Param("hour") Instant hour);

    long sumHours(@Param("category") String category, @Param("district") String district,
            @Param("hours") List<Instant> hours);

    /** @return 1 when this call stored the surge, 0 when it already existed */
    int insertSurge(@Param("category") String category, @Param("district") String district,
            @Param("hour") Instant hour, @Param("count") long count, @Param("expected") double expected,
            @Param("at") Instant at);

    Long findSurgeId(@Param("category") String category, @Param("district") String district,
            @Param("hour") Instant hour);

    /** Adds the hour's tickets (category and district as the facts have them) to the surge; idempotent. */
    void addSurgeTickets(@Param("id") long id, @Param("category") String category,
            @Param("district") String district, @Param("hour") Instant hour, @Param("end") Instant end);

    void addSurgeTicket(@Param("id") long id, @Param("ticketNo") String ticketNo);

    void updateSurgeCount(@Param("id") long id, @Param("count") long count);

    List<SurgeRow> findSurges(@Param("from") Instant from, @Param("to") Instant to, @Param("limit") int limit);

    SurgeRow findSurge(@Param("id") long id);

    List<SurgeTicketRow> findSurgeTickets(@Param("ids") List<Long> ids);

    long countCategoryTickets(@Param("category") String category, @Param("from") Instant from,
            @Param("to") Instant to);

    List<String> findCategoryTickets(@Param("category") String category, @Param("from") Instant from,
            @Param("to") Instant to, @Param("offset") int offset, @Param("limit") int limit);
}
