package org.hotline.knowledge;

import java.util.List;

/**
 * Entries were created, edited or imported; carries their new current versions. Published after the writing
 * transaction commits (or immediately when there is none).
 *
 * @param entries new current versions, any status
 */
public record KbEntriesChanged(List<KbEntry> entries) {

    public KbEntriesChanged {
        entries = List.copyOf(entries);
    }
}
