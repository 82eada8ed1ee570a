package org.hotline.console.security;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AccessAuditMapper {

    int insert(@Param("at") LocalDateTime at, @Param("username") String username, @Param("role") ConsoleRole role,
               @Param("ticketNo") String ticketNo, @Param("action") String action, @Param("reason") String reason);

    List<AccessAuditRow> findByTicket(@Param("ticketNo") String ticketNo);
}
