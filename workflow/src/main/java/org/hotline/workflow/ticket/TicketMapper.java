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
