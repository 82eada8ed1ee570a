package org.hotline.console.push;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.hotline.console.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stores pushed messages and reads them back for catch-up and purging. Thread-safe. */
final class PushMessageStore {

    private static final int PURGE_BATCH = 5_000;

    private final PushMessageMapper mapper;
    private final JdbcTemplate jdbc;

    PushMessageStore(PushMessageMapper mapper, JdbcTemplate jdbc) {
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    long insert(TargetKind kind, String target, String type, String payload, Instant createdAt) {
        NewPushMessage message = new NewPushMessage(kind, target, type, payload, createdAt);
        mapper.insert(message);
        return message.getId();
    }

    /** Stores the messages in one statement and sets their ids (increasing in list order). */
    void insertAll(List<NewPushMessage> messages) {
        // Plain JDBC, in the caller's transaction: MyBatis builds a <foreach> insert with a regular expression per
        // parameter, which profiled as a large part of storing a batch of a hundred contacts' pushes.
        StringBuilder sql = new StringBuilder(
            "INSERT INTO console_push_message (target_kind, target, type, payload, created_at) VALUES ");
        for (int i = 0; i < messages.size(); i++) {
            sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
        }
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement ps = connection.prepareStatement(sql.toString(), new String[] {"id"})) {
                int p = 1;
                for (NewPushMessage message : messages) {
                    ps.setString(p++, message.getTargetKind().name());
                    ps.setString(p++, message.getTarget());
                    ps.setString(p++, message.getType());
                    ps.setString(p++, message.getPayload());
                    ps.setTimestamp(p++, Timestamp.from(message.getCreatedAt()));
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (NewPushMessage message : messages) {
                        if (!keys.next()) {
                            throw new SQLException("fewer generated ids than push messages inserted");
                        }
                        message.setId(keys.getLong(1));
                    }
                }
            }
            return null;
        });
    }

    /** Messages after {@code after} that the user receives (own, role's, department's), oldest first. */
    List<StoredPushMessage> findAfter(CurrentUser user, long after, int limit) {
        return mapper.findAfter(after, user.username(), user.role().name(), user.departmentCode(), limit);
    }

    /** The id of the newest stored message, 0 when there is none. */
    long lastId() {
        return mapper.selectLastId();
    }

    /** @return how many messages created before the cutoff were deleted */
    int purgeCreatedBefore(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = mapper.deleteCreatedBefore(cutoff, PURGE_BATCH);
            total += deleted;
        } while (deleted == PURGE_BATCH);
        return total;
    }
}
