package org.hotline.knowledge;

import java.io.InputStream;

/**
 * Bulk import of entries or policy documents. Rows are matched by id; a row whose content is identical to the
 * current version (same content hash) is left alone, so re-importing a file changes nothing. A changed row becomes a
 * new version. Invalid rows are reported with their line number and skipped; valid rows are written in batches.
 * <p>
 * The stream is read to its end but not closed. Files above the configured size or row limits are rejected as a
 * whole ({@link ImportRejectedException}). Thread-safe; concurrent imports of the same ids are not coordinated
 * beyond the database's own constraints.
 */
public interface KnowledgeImport {

    /**
     * Imports JSON Lines: one object per line in the sample city's format ({@code kb/qa.jsonl} or
     * {@code kb/policies.jsonl}); blank lines are skipped.
     *
     * @throws ImportRejectedException when the file as a whole is refused
     */
    ImportReport importJsonl(InputStream in, ImportKind kind, ImportProgressListener listener);

    /**
     * Imports UTF-8 CSV with a header row (RFC 4180 quoting). QA columns: {@code id, question, similar_questions,
     * answer, category, department, tags, policy_id, valid_from, valid_to[, status]} with list cells separated by
     * {@code |}. Policy columns: {@code id, title, doc_no, issuer, published, effective_from, expires, category, body}.
     *
     * @throws ImportRejectedException when the file as a whole is refused (also for a header without required columns)
     */
    ImportReport importCsv(InputStream in, ImportKind kind, ImportProgressListener listener);
}
