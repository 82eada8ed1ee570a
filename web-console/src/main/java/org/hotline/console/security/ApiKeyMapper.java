package org.hotline.console.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiKeyMapper {

    Optional<ApiKeyRow> findActiveByHash(@Param("keyHash") String keyHash);

    List<ApiKeyRow> findByUsername(@Param("username") String username);

    int insert(ApiKeyInsert row);

    int revoke(@Param("id") long id, @Param("username") String username, @Param("at") LocalDateTime at);

    /** Mutable holder for the generated id. */
    final class ApiKeyInsert {
        long id;
        final String keyHash;
        final String username;
        final String label;
        final LocalDateTime createdAt;
        final String createdBy;

        ApiKeyInsert(String keyHash, String username, String label, LocalDateTime createdAt, String createdBy) {
            this.keyHash = keyHash;
            this.username = username;
            this.label = label;
            this.createdAt = createdAt;
            this.createdBy = createdBy;
        }

        public long getId() {
            return id;
        }

        public void setId(long id) {
            this.id = id;
        }

        public String getKeyHash() {
            return keyHash;
        }

        public String getUsername() {
            return username;
        }

        public String getLabel() {
            return label;
        }

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }

        public String getCreatedBy() {
            return createdBy;
        }
    }
}
