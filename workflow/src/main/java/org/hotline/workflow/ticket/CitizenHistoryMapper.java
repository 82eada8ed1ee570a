package org.hotline.workflow.ticket;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CitizenHistoryMapper {

    List<TicketRow> findRecentByPhone(@Param("citizenPhone") String citizenPhone, @Param("limit") int limit);
}
