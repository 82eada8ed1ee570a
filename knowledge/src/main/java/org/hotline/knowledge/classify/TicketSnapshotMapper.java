package org.hotline.knowledge.classify;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TicketSnapshotMapper {

    int update(SnapshotRow row);

    void insert(SnapshotRow row);

    int close(@Param("ticketNo") String ticketNo, @Param("at") Instant at);

    int delete(@Param("ticketNo") String ticketNo);

    List<SnapshotRow> openSince(@Param("since") Instant since);

    int deleteRegisteredBefore(@Param("cutoff") Instant cutoff);
}
