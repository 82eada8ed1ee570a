package org.hotline.workflow.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.hotline.workflow.TicketStatus;

@Mapper
interface TicketMapper {
    TicketRow find(@Param("ticketNo") String ticketNo);

    /** The first {@code c.limit} tickets of a search (its order by registration), as overdue-list lines. */
    List<OverdueRow> searchOverdue(@Param("c") TicketSearch c);

    /** A line of an overdue list. */
    record OverdueRow(String ticketNo, TicketStatus status, java.time.Instant registeredAt, String categoryCode,
            String districtCode, String departmentCode, java.time.Instant signDueAt, java.time.Instant handleDueAt,
            int escalationCount) {
    }

    /** The tickets with these numbers, in no particular order; unknown numbers are left out. */
    List<TicketRow> findAll(@Param("ticketNos") List<String> ticketNos);

    TicketRow findForUpdate(@Param("ticketNo") String ticketNo);

    int insert(TicketRow row);

    int update(TicketRow row);

    List<TicketRow> search(@Param("c") TicketSearch criteria);

    long count(@Param("c") TicketSearch criteria);

    List<String> findNumbersOfDay(@Param("prefix") String prefix);

    List<LocalDate> findUnreconciledNumberDays(@Param("through") LocalDate through);

    int markNumberDayReconciled(@Param("day") LocalDate day, @Param("at") Instant at);

    Integer findLastNumberOfDay(@Param("day") LocalDate day);

    List<Integer> findFreedNumbers(@Param("day") LocalDate day);

    int deleteFreedNumbers(@Param("day") LocalDate day);

    List<VoidedNumberRow> findVoidedNumbers(@Param("day") LocalDate day);

    int insertVoidedNumber(@Param("day") LocalDate day, @Param("value") int value, @Param("reason") String reason,
            @Param("at") Instant at);
}
