package org.hotline.console.security;

import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface TotpMapper {

    /** One row of {@code console_totp}. */
    record TotpRow(String username, String secretEnc, boolean confirmed, long lastStep) {
    }

    @Select("SELECT username, secret_enc, confirmed, last_step FROM console_totp WHERE username = #{username}")
    Optional<TotpRow> find(@Param("username") String username);

    @Insert("INSERT INTO console_totp (username, secret_enc, confirmed, last_step, created_at) "
        + "VALUES (#{username}, #{secretEnc}, FALSE, 0, #{at}) "
        + "ON DUPLICATE KEY UPDATE secret_enc = IF(confirmed, secret_enc, VALUES(secret_enc)), "
        + "last_step = IF(confirmed, last_step, 0), created_at = IF(confirmed, created_at, VALUES(created_at))")
    int upsertPending(@Param("username") String username, @Param("secretEnc") String secretEnc,
                      @Param("at") LocalDateTime at);

    /** Accepts a step only once and only after the last accepted one: the update is the replay check. */
    @Update("UPDATE console_totp SET last_step = #{step} WHERE username = #{username} AND last_step < #{step}")
    int useStep(@Param("username") String username, @Param("step") long step);

    @Update("UPDATE console_totp SET confirmed = TRUE, confirmed_at = #{at} WHERE username = #{username}")
    int confirm(@Param("username") String username, @Param("at") LocalDateTime at);

    @Delete("DELETE FROM console_totp WHERE username = #{username}")
    int delete(@Param("username") String username);

    @Insert("INSERT INTO console_totp_recovery (username, code_hash) VALUES (#{username}, #{codeHash})")
    int insertRecovery(@Param("username") String username, @Param("codeHash") String codeHash);

    @Update("UPDATE console_totp_recovery SET used_at = #{at} "
        + "WHERE username = #{username} AND code_hash = #{codeHash} AND used_at IS NULL")
    int useRecovery(@Param("username") String username, @Param("codeHash") String codeHash,
                    @Param("at") LocalDateTime at);

    @Delete("DELETE FROM console_totp_recovery WHERE username = #{username}")
    int deleteRecovery(@Param("username") String username);
}
