package org.hotline.workflow.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.hotline.workflow.RepeatReport;

@Mapper
interface AnalyticsMapper {

    TicketSource findSource(@Param("ticketNo") String ticketNo);

    /** The tickets after the given one in registration order (by time, then number); all from the first if null. */
    List<TicketSource> findSources(@Param("afterAt") Instant afterAt, @Param("afterNo") String afterNo,
            @Param("limit") int limit);

    List<KeyCount> countReturns(@Param("ticketNos") List<String> ticketNos);

    List<KeyCount> countApprovedExtensions(@Param("ticketNos") List<String> ticketNos);

    /** Every follow-up of these tickets, oldest first. */
    List<FollowUpRow> findFollowUps(@Param("ticketNos") List<String> ticketNos);

    TicketFact findFact(@Param("ticketNo") String ticketNo);

    void upsertFacts(@Param("facts") List<TicketFact> facts);

    long countEarlierTickets(@Param("phone") String phone, @Param("addressKey") String addressKey,
            @Param("since") Instant since, @Param("at") Instant at, @Param("ticketNo") String ticketNo);

    void addToRollup(@Param("code") String code, @Param("day") LocalDate day, @Param("key") String key,
            @Param("slot") int slot, @Param("c") Counts counts);

    void deleteEmptyRollup(@Param("code") String code, @Param("day") LocalDate day,
            @Param("key") String key, @Param("slot") int slot);

    void deleteRollup();

    /** The dates that have rows of this dimension code (the months, for a month code). */
    List<LocalDate> findRollupDays(@Param("code") String code);

    /** Every row of the code and day, locked, in key and slot order (the commands' lock order). */
    List<RollupRow> lockRollupRows(@Param("code") String code, @Param("day") LocalDate day);

    void setRollup(@Param("code") String code, @Param("day") LocalDate day, @Param("key") String key,
            @Param("slot") int slot, @Param("c") Counts counts);

    void deleteRollupRows(@Param("code") String code, @Param("day") LocalDate day,
            @Param("rows") List<RollupRow> rows);

    void rebuildRollup(@Param("dimension") Dimension dimension, @Param("code") String code,
            @Param("monthly") boolean monthly);



    List<KeyCount> countOverdue(@Param("dimension") Dimension dimension, @Param("from") Instant from,
            @Param("to") Instant to, @Param("now") Instant now, @Param("key") String key);

    long countOverdueNow(@Param("now") Instant now);

    long countEscalatedNow();

    /** The numbers of the facts in the period whose {@code column} is {@code key} and {@code counter} is 1. */
    List<String> findCellTickets(@Param("column") String column, @Param("key") String key,
            @Param("scopeColumn") String scopeColumn, @Param("scopeKey") String scopeKey,
            @Param("counter") String counter, @Param("from") Instant from, @Param("to") Instant to,
            @Param("limit") int limit, @Param("offset") long offset);

    /** The open tickets of the period past their deadline now, filtered like {@link #countOverdue}'s keys. */
    List<String> findOverdueTickets(@Param("department") String department,
            @Param("categories") List<String> categories, @Param("district") String district,
            @Param("channel") String channel, @Param("agent") String agent, @Param("from") Instant from,
            @Param("to") Instant to, @Param("now") Instant now, @Param("limit") int limit,
            @Param("offset") long offset);

    /**
     * The phones or places with 2+ facts since {@code since}, most first; with {@code fromRepeatRequests} only
     * among the keys of the repeat requests since then, which finds them all when {@code since} lies within the
     * repeat window.
     */
    List<KeyCount> findRepeatKeys(@Param("kind") RepeatReport.Kind kind, @Param("since") Instant since,
            @Param("fromRepeatRequests") boolean fromRepeatRequests, @Param("limit") int limit);

    List<RepeatRow> findRepeatTickets(@Param("kind") RepeatReport.Kind kind, @Param("since") Instant since,
            @Param("keys") List<String> keys);

    Integer findDefinitionVersion();

    void saveState(@Param("version") int version, @Param("at") Instant at, @Param("tickets") long tickets);

    long countTickets();

    void insertFollowUp(@Param("ticketNo") String ticketNo, @Param("at") Instant at,
            @Param("satisfaction") int satisfaction, @Param("resolved") boolean resolved, @Param("via") String via,
            @Param("reopened") boolean reopened);
}
