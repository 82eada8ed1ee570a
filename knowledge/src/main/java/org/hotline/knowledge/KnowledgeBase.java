package org.hotline.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The knowledge base: versioned question-and-answer entries and the policy documents they cite.
 * <p>
 * Every change publishes a {@link KbEntriesChanged} event after its transaction commits, which keeps the search
 * index current. Implementations are thread-safe.
 */
public interface KnowledgeBase {

    /**
     * Creates an entry with a generated id, as version 1.
     *
     * @param draft  the content
     * @param editor user name of the author, 1–64 characters
     * @return the stored entry
     * @throws InvalidKbEntryException when the draft or editor fails validation
     */
    KbEntry create(KbEntryDraft draft, String editor);

    /**
     * Stores {@code draft} as the next version of entry {@code id}; earlier versions stay readable.
     *
     * @return the new current version
     * @throws KbEntryNotFoundException when no entry has this id
     * @throws InvalidKbEntryException  when the draft or editor fails validation
     */
    KbEntry update(String id, KbEntryDraft draft, String editor);

    /** @return the current version of entry {@code id}, whatever its status or validity */
    Optional<KbEntry> find(String id);

    /** @return the given version of entry {@code id}, if both exist */
    Optional<KbEntry> find(String id, int version);

    /**
     * @return every version of entry {@code id}, oldest first
     * @throws KbEntryNotFoundException when no entry has this id
     */
    List<KbEntry> versions(String id);

    /** @return a page of current versions, ordered by id */
    KbPage list(KbListQuery query);

    /**
     * Passes the current version of every entry to {@code consumer}, in id order, in pages (for index rebuilds).
     * The consumer runs on the calling thread.
     */
    void scanCurrent(Consumer<KbEntry> consumer);

    /**
     * Records that an agent used the entry to answer a citizen; raises the entry's rank in that category and
     * publishes {@link KbEntryUsed}.
     *
     * @param entryId      the entry
     * @param categoryCode the category the agent was working in; {@code null} means the entry's own category
     * @param agent        the agent's user name
     * @throws KbEntryNotFoundException when no entry has this id
     * @throws InvalidKbEntryException  when the category or agent is malformed
     */
    void markUsed(String entryId, String categoryCode, String agent);

    /** @return the policy document with this id */
    Optional<PolicyDocument> findPolicy(String id);

    /**
     * @param includeExpired whether documents no longer in force are included
     * @return policy documents ordered by id
     */
    List<PolicyDocument> listPolicies(boolean includeExpired);
}
