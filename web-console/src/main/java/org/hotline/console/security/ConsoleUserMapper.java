package org.hotline.console.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ConsoleUserMapper {

    Optional<ConsoleUserRow> findByUsername(@Param("username") String username);

    List<ConsoleUserRow> findAll();

    int insert(ConsoleUserRow row);

    long count();

    long countEnabledAdmins();

    int updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash,
                       @Param("mustChangePassword") boolean mustChangePassword, @Param("at") LocalDateTime at);

    int updateEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

    int updateRole(@Param("username") String username, @Param("role") ConsoleRole role,
                   @Param("departmentCode") String departmentCode);

    int insertAudit(@Param("at") LocalDateTime at, @Param("actor") String actor, @Param("username") String username,
                    @Param("action") AccountAction action, @Param("detail") String detail);

    List<AccountAuditRow> findAudit(@Param("username") String username);

    /** Users disabled, reset or given another role at or after {@code since}. */
    List<String> findRevokedSince(@Param("since") LocalDateTime since);
}
