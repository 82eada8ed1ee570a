package org.hotline.console.api.idempotency;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IdempotencyMapper {

    int deleteExpired(@Param("scope") String scope, @Param("key") String key, @Param("now") Instant now);

    int insert(@Param("scope") String scope, @Param("key") String key, @Param("hash") String hash,
               @Param("createdAt") Instant createdAt, @Param("expiresAt") Instant expiresAt);

    StoredAnswer find(@Param("scope") String scope, @Param("key") String key);

    int complete(@Param("scope") String scope, @Param("key") String key, @Param("status") int status,
                 @Param("location") String location, @Param("body") String body);

    int purge(@Param("now") Instant now);
}
