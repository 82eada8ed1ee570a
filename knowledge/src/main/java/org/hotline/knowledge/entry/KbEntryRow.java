package org.hotline.knowledge.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hotline.knowledge.KbEntry;
import org.hotline.knowledge.KbStatus;

/** A row of {@code kb_entry} or {@code kb_entry_version}; list columns hold one item per line. */
class KbEntryRow {

    String id;
    int entryVersion;
    String question;
    String alternativeQuestions;
    String answer;
    String categoryCode;
    String departmentCode;
    String tags;
    String policyId;
    LocalDate validFrom;
    LocalDate validTo;
    KbStatus status;
    String contentHash;
    Instant updatedAt;
    String updatedBy;

    static KbEntryRow of(String id, int version, org.hotline.knowledge.KbEntryDraft draft, String hash, Instant at, String editor) {
        KbEntryRow row = new KbEntryRow();
        row.id = id;
        row.entryVersion = version;
        row.question = draft.question();
        row.alternativeQuestions = String.join("\n", draft.alternativeQuestions());
        row.answer = draft.answer();
        row.categoryCode = draft.categoryCode();
        row.departmentCode = draft.departmentCode();
        row.tags = String.join("\n", draft.tags());
        row.policyId = draft.policyId();
        row.validFrom = draft.validFrom();
        row.validTo = draft.validTo();
        row.status = draft.status();
        row.contentHash = hash;
        row.updatedAt = at;
        row.updatedBy = editor;
        return row;
    }

    KbEntry toEntry() {
        return new KbEntry(id, entryVersion, question, lines(alternativeQuestions), answer, categoryCode, departmentCode,
                lines(tags), policyId, validFrom, validTo, status, updatedAt, updatedBy);
    }

    private static List<String> lines(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(joined.split("\n"));
    }
}
