package org.hotline.knowledge;

import java.time.Instant;

/**
 * An agent answered a citizen with an entry (一号答 direct answer).
 *
 * @param entryId      the entry
 * @param categoryCode category the use counts for
 * @param agent        the agent's user name
 * @param usedAt       when
 */
public record KbEntryUsed(String entryId, String categoryCode, String agent, Instant usedAt) {
}
