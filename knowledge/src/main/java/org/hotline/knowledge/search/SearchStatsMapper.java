package org.hotline.knowledge.search;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SearchStatsMapper {

    List<UsageRow> allUsage();

    int addToQueryStat(@Param("query") String query, @Param("occurrences") long occurrences,
                       @Param("noResults") long noResults, @Param("topEntryId") String topEntryId,
                       @Param("lastSeen") Instant lastSeen);

    void insertQueryStat(@Param("query") String query, @Param("occurrences") long occurrences,
                         @Param("noResults") long noResults, @Param("topEntryId") String topEntryId,
                         @Param("lastSeen") Instant lastSeen);

    List<QueryStatRow> gaps(@Param("limit") int limit);
}
