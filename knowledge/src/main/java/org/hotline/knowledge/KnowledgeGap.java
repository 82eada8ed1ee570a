package org.hotline.knowledge;

import java.time.Instant;

/**
 * A recurring query the knowledge base does not serve well.
 *
 * @param query         normalised query text
 * @param occurrences   how often agents asked it
 * @param noResultCount how many of those found nothing
 * @param topEntryId    the last top hit, never used to answer; {@code null} when there was none
 * @param lastSeen      last time asked
 */
public record KnowledgeGap(String query, long occurrences, long noResultCount, String topEntryId, Instant lastSeen) {
}
