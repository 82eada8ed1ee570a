package org.hotline.workflow.escalation;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.hotline.workflow.EscalationStats;
import org.hotline.workflow.EscalationStatus;

@Mapper
interface EscalationMapper {
    void insertChain(EscalationRow row);

    void updateChain(EscalationRow row);

    EscalationRow findChain(@Param("id") long id);

    /**
     * The ticket's chains that are open or overdue, oldest first: at most one per department (the lead's, and a
     * co-handler's whose contribution was missed); with {@code departmentCode}, only that department's.
     */
    List<EscalationRow> findUnanswered(@Param("ticketNo") String ticketNo,
            @Param("departmentCode") String departmentCode);

    List<EscalationRow> findByTicket(@Param("ticketNo") String ticketNo);

    /** The chains of these tickets, by ticket and oldest first. */
    List<EscalationRow> findByTickets(@Param("ticketNos") List<String> ticketNos);

    void insertLevel(LevelRow row);

    void updateLevel(LevelRow row);

    LevelRow findLevel(@Param("escalationId") long escalationId, @Param("level") int level);

    List<LevelRow> findLevels(@Param("ids") List<Long> escalationIds);

    /** {@code status} OPEN and OVERDUE are read against {@code now}: a passed window counts as overdue at once. */
    List<EscalationRow> search(@Param("status") EscalationStatus status, @Param("departmentCode") String departmentCode,
            @Param("now") Instant now, @Param("limit") int limit, @Param("offset") long offset);

    /** The chains started in [from, to), of one department or all, newest first. */
    List<EscalationRow> findStarted(@Param("departmentCode") String departmentCode, @Param("from") Instant from,
            @Param("to") Instant to, @Param("limit") int limit);

    List<EscalationStats> stats(@Param("from") Instant from, @Param("to") Instant to,
            @Param("departmentCode") String departmentCode);
}
