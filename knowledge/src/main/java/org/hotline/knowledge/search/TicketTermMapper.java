package org.hotline.knowledge.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TicketTermMapper {

    /** @return 1 when the ticket's term is new, 0 when it was already counted */
    int insertTicketTerm(@Param("term") String term, @Param("day") LocalDate day, @Param("ticketNo") String ticketNo);

    void addToDay(@Param("term") String term, @Param("day") LocalDate day);

    void addToMonth(@Param("term") String term, @Param("month") LocalDate month);

    List<TermRow> sumDays(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("terms") Collection<String> terms);

    List<TermRow> sumMonths(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("terms") Collection<String> terms);

    List<TermRow> topOfDay(@Param("day") LocalDate day, @Param("limit") int limit);

    List<TermRow> topOfMonth(@Param("month") LocalDate month, @Param("limit") int limit);

    List<String> findTickets(@Param("term") String term, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("offset") int offset, @Param("limit") int limit);

    /** One term's sum. */
    class TermRow {
        String term;
        long tickets;
    }
}
