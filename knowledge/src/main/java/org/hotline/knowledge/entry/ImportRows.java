package org.hotline.knowledge.entry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.knowledge.KbEntryDraft;
import org.hotline.knowledge.KbStatus;
import org.hotline.knowledge.PolicyDocument;

/** Turns one parsed row (a JSON object, CSV rows are converted to one) into a draft or policy document. */
final class ImportRows {

    /** A row that could not be read; the message names the field, never the content. */
    static final class RowException extends Exception {
        RowException(String message) {
            super(message, null, false, false);
        }
    }

    record QaRow(String id, KbEntryDraft draft) {
    }

    private ImportRows() {
    }

    static QaRow qa(JsonNode row) throws RowException {
        String id = text(row, "id");
        if (id == null || !Drafts.ID.matcher(id.strip()).matches()) {
            throw new RowException("id is missing or malformed");
        }
        String status = text(row, "status");
        KbStatus parsedStatus;
        try {
            parsedStatus = status == null || status.isBlank() ? KbStatus.PUBLISHED : KbStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw new RowException("status must be draft, published or withdrawn");
        }
        KbEntryDraft draft = Drafts.normalise(new KbEntryDraft(text(row, "question"), list(row, "similar_questions"),
                text(row, "answer"), text(row, "category"), text(row, "department"), list(row, "tags"),
                text(row, "policy_id"), date(row, "valid_from"), date(row, "valid_to"), parsedStatus));
        List<String> problems = Drafts.problems(draft);
        if (!problems.isEmpty()) {
            throw new RowException(String.join("; ", problems));
        }
        return new QaRow(id.strip(), draft);
    }

    static PolicyDocument policy(JsonNode row) throws RowException {
        PolicyDocument doc = new PolicyDocument(strip(text(row, "id")), strip(text(row, "title")),
                strip(text(row, "doc_no")), strip(text(row, "issuer")), date(row, "published"),
                date(row, "effective_from"), date(row, "expires"), strip(text(row, "category")),
                strip(text(row, "body")));
        List<String> problems = Drafts.problems(doc);
        if (!problems.isEmpty()) {
            throw new RowException(String.join("; ", problems));
        }
        return doc;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(JsonNode row, String field) throws RowException {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new RowException(field + " must be a string");
        }
        return node.asText();
    }

    private static List<String> list(JsonNode row, String field) throws RowException {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new RowException(field + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new RowException(field + " must be an array of strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static LocalDate date(JsonNode row, String field) throws RowException {
        String value = text(row, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RowException(field + " is not a date (yyyy-MM-dd)");
        }
    }
}
