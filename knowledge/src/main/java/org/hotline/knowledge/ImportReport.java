package org.hotline.knowledge;

import java.util.List;

/**
 * The outcome of one import.
 *
 * @param kind      what was imported
 * @param created   rows that created a new entry or document
 * @param updated   rows that changed an existing one (a new version for entries)
 * @param unchanged rows identical to what is stored
 * @param failed    rows rejected; see {@code errors}
 * @param errors    per-row problems, in line order (at most 1000 kept; {@code failed} counts all)
 */
public record ImportReport(ImportKind kind, int created, int updated, int unchanged, int failed,
                           List<ImportRowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** @return rows read, whatever their outcome */
    public int total() {
        return created + updated + unchanged + failed;
    }
}
