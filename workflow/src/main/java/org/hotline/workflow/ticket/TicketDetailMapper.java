package org.hotline.workflow.ticket;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.hotline.workflow.Actor;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TimelineEntry;

/** The ticket's satellite tables: audit trail, notes, extensions, co-handlers, merges, pauses. */
@Mapper
interface TicketDetailMapper {
    int insertAudit(@Param("ticketNo") String ticketNo, @Param("at") Instant at, @Param("actor") String actor,
            @Param("role") Actor.Role role, @Param("action") String action, @Param("fromStatus") TicketStatus from,
            @Param("toStatus") TicketStatus to, @Param("note") String note);

    List<TimelineEntry> findAudit(@Param("ticketNo") String ticketNo);

    int insertNote(@Param("ticketNo") String ticketNo, @Param("kind") NoteKind kind,
            @Param("departmentCode") String departmentCode, @Param("author") String author,
            @Param("body") String body, @Param("at") Instant at);

    List<NoteRow> findNotes(@Param("ticketNo") String ticketNo);

    int insertExtension(ExtensionRow extension);

    ExtensionRow findPendingExtension(@Param("ticketNo") String ticketNo);

    int decideExtension(ExtensionRow extension);

    int deleteCoHandlers(@Param("ticketNo") String ticketNo);

    int insertCoHandler(@Param("ticketNo") String ticketNo, @Param("departmentCode") String departmentCode);

    List<CoHandlerRow> findCoHandlers(@Param("ticketNo") String ticketNo);

    /** The co-handlers of these tickets, by ticket, each ticket's in {@link #findCoHandlers} order. */
    List<CoHandlerOfTicket> findCoHandlersOf(@Param("ticketNos") List<String> ticketNos);

    /** A co-handler row with its ticket's number. */
    record CoHandlerOfTicket(String ticketNo, CoHandlerRow coHandler) {
        CoHandlerOfTicket(String ticketNo, String departmentCode, Instant signedAt, Instant contributedAt,
                Instant dueAt, Instant warnAt, Instant warnedAt, Instant missedAt) {
            this(ticketNo, new CoHandlerRow(departmentCode, signedAt, contributedAt, dueAt, warnAt, warnedAt,
                    missedAt));
        }
    }

    int markCoHandlerSigned(@Param("ticketNo") String ticketNo, @Param("departmentCode") String departmentCode,
            @Param("at") Instant at);

    int markCoHandlerContributed(@Param("ticketNo") String ticketNo,
            @Param("departmentCode") String departmentCode, @Param("at") Instant at);

    /** Sets the contribution deadline of the co-handlers still to contribute (not yet contributed or missed). */
    int setContributionDeadline(@Param("ticketNo") String ticketNo, @Param("dueAt") Instant dueAt,
            @Param("warnAt") Instant warnAt);

    int markContributionWarned(@Param("ticketNo") String ticketNo, @Param("departmentCode") String departmentCode,
            @Param("at") Instant at);

    int markContributionMissed(@Param("ticketNo") String ticketNo, @Param("departmentCode") String departmentCode,
            @Param("at") Instant at);

    int insertMerge(@Param("duplicateNo") String duplicateNo, @Param("mainNo") String mainNo,
            @Param("mergedBy") String mergedBy, @Param("at") Instant at);

    List<String> findOpenDuplicates(@Param("mainNo") String mainNo);

    int markMergeClosed(@Param("duplicateNo") String duplicateNo, @Param("at") Instant at);

    int insertPause(@Param("ticketNo") String ticketNo, @Param("pausedBy") String pausedBy,
            @Param("at") Instant at, @Param("reason") String reason);

    int resumePause(@Param("ticketNo") String ticketNo, @Param("resumedBy") String resumedBy,
            @Param("at") Instant at, @Param("note") String note);
}
