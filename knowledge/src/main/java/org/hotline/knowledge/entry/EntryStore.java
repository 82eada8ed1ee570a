package org.hotline.knowledge.entry;

import java.time.Instant;
import java.util.Map;

import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbEntryDraft;
import org.hotline.knowledge.KbEntryNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes entry versions; callers own the transaction and have validated the draft. Shared by the editor API and
 * the import so that both produce identical rows and hashes.
 */
@Component
class EntryStore {

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    record Written(Outcome outcome, KbEntry entry) {
    }

    private final KbEntryMapper mapper;

    EntryStore(KbEntryMapper mapper) {
        this.mapper = mapper;
    }

    KbEntry create(String id, KbEntryDraft draft, String editor, Instant at) {
        KbEntryRow row = KbEntryRow.of(id, 1, draft, Drafts.hash(draft), at, editor);
        mapper.insertCurrent(row);
        mapper.insertVersion(row);
        return row.toEntry();
    }

    KbEntry update(String id, KbEntryDraft draft, String editor, Instant at) {
        KbEntryRow current = mapper.findCurrentForUpdate(id);
        if (current == null) {
            throw new KbEntryNotFoundException(id);
        }
        return writeNext(current, draft, Drafts.hash(draft), editor, at);
    }

    /**
     * Creates, versions or leaves the entry depending on {@code current} (the row read earlier in this
     * transaction, or absent from {@code currents}).
     */
    Written upsert(String id, KbEntryDraft draft, String editor, Instant at, Map<String, KbEntryRow> currents) {
        String hash = Drafts.hash(draft);
        KbEntryRow current = currents.get(id);
        if (current == null) {
            return new Written(Outcome.CREATED, create(id, draft, editor, at));
        }
        if (current.contentHash.equals(hash)) {
            return new Written(Outcome.UNCHANGED, current.toEntry());
        }
        return new Written(Outcome.UPDATED, writeNext(current, draft, hash, editor, at));
    }

    private KbEntry writeNext(KbEntryRow current, KbEntryDraft draft, String hash, String editor, Instant at) {
        KbEntryRow next = KbEntryRow.of(current.id, current.entryVersion + 1, draft, hash, at, editor);
        if (mapper.updateCurrent(next, current.entryVersion) != 1) {
            throw new OptimisticLockingFailureException("entry " + current.id + " was changed concurrently");
        }
        mapper.insertVersion(next);
        return next.toEntry();
    }
}
