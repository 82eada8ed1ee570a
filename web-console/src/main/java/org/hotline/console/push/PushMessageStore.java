package org.hotline.console.push;

import java.time.Instant;
import java.util.List;

import org.hotline.console.security.CurrentUser;

/** Stores pushed messages and reads them back for catch-up and purging. Thread-safe. */
final class PushMessageStore {

    private static final int PURGE_BATCH = 5_000;

    private final PushMessageMapper mapper;

    PushMessageStore(PushMessageMapper mapper) {
        this.mapper = mapper;
    }

    long insert(TargetKind kind, String target, String type, String payload, Instant createdAt) {
        NewPushMessage message = new NewPushMessage(kind, target, type, payload, createdAt);
        mapper.insert(message);
        return message.getId();
    }

    /** Stores the messages in one statement and sets their ids (increasing in list order). */
    void insertAll(List<NewPushMessage> messages) {
        mapper.insertAll(messages);
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
