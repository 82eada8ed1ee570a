package org.hotline.knowledge.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.hotline.knowledge.KbStatus;

@Mapper
interface KbEntryMapper {

    KbEntryRow findCurrent(@Param("id") String id);

    KbEntryRow findCurrentForUpdate(@Param("id") String id);

    List<KbEntryRow> findCurrentByIds(@Param("ids") Collection<String> ids);

    KbEntryRow findVersion(@Param("id") String id, @Param("version") int version);

    List<KbEntryRow> findVersions(@Param("id") String id);

    List<KbEntryRow> page(@Param("categoryPrefix") String categoryPrefix, @Param("departmentCode") String departmentCode,
                          @Param("status") KbStatus status, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("categoryPrefix") String categoryPrefix, @Param("departmentCode") String departmentCode,
               @Param("status") KbStatus status);

    List<KbEntryRow> scanAfter(@Param("afterId") String afterId, @Param("limit") int limit);

    void insertCurrent(KbEntryRow row);

    int updateCurrent(@Param("row") KbEntryRow row, @Param("previousVersion") int previousVersion);

    void insertVersion(KbEntryRow row);

    int incrementUsage(@Param("entryId") String entryId, @Param("categoryCode") String categoryCode,
                       @Param("at") Instant at);

    void insertUsage(@Param("entryId") String entryId, @Param("categoryCode") String categoryCode,
                     @Param("at") Instant at);

    void insertUsageEvent(@Param("entryId") String entryId, @Param("categoryCode") String categoryCode,
                          @Param("agent") String agent, @Param("at") Instant at);

    PolicyRow findPolicy(@Param("id") String id);

    List<PolicyRow> findPoliciesByIds(@Param("ids") Collection<String> ids);

    List<PolicyRow> listPolicies(@Param("inForceOn") LocalDate inForceOn);

    void insertPolicy(PolicyRow row);

    int updatePolicy(PolicyRow row);
}
