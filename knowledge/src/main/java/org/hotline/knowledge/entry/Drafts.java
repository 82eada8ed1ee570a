package org.hotline.knowledge.entry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hotline.knowledge.KbEntryDraft;
import org.hotline.knowledge.PolicyDocument;

/** Normalises and validates drafts and policy documents, and computes their content hashes. */
final class Drafts {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");
    private static final Pattern EDITOR = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    private Drafts() {
    }

    /** Trims every text and drops blank list items; does not validate. */
    static KbEntryDraft normalise(KbEntryDraft d) {
        return new KbEntryDraft(trim(d.question()), trimAll(d.alternativeQuestions()), trim(d.answer()),
                blankToNull(d.categoryCode()), blankToNull(d.departmentCode()), trimAll(d.tags()),
                blankToNull(d.policyId()), d.validFrom(), d.validTo(), d.status());
    }

    /** @return problems of a normalised draft, empty when valid */
    static List<String> problems(KbEntryDraft d) {
        List<String> problems = new ArrayList<>();
        text(problems, "question", d.question(), 300, false);
        if (d.alternativeQuestions().size() > 20) {
            problems.add("at most 20 alternative questions");
        }
        for (String alt : d.alternativeQuestions()) {
            text(problems, "alternative question", alt, 300, false);
        }
        text(problems, "answer", d.answer(), 5000, true);
        code(problems, "category", d.categoryCode(), true);
        code(problems, "department", d.departmentCode(), false);
        if (d.tags().size() > 20) {
            problems.add("at most 20 tags");
        }
        for (String tag : d.tags()) {
            text(problems, "tag", tag, 40, false);
        }
        if (d.policyId() != null && !ID.matcher(d.policyId()).matches()) {
            problems.add("policy id is malformed");
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            problems.add("valid_to is before valid_from");
        }
        return problems;
    }

    static List<String> problems(PolicyDocument p) {
        List<String> problems = new ArrayList<>();
        if (p.id() == null || !ID.matcher(p.id()).matches()) {
            problems.add("id is missing or malformed");
        }
        text(problems, "title", p.title(), 300, false);
        if (p.documentNo() != null) {
            text(problems, "doc_no", p.documentNo(), 100, false);
        }
        code(problems, "issuer", p.issuer(), false);
        code(problems, "category", p.categoryCode(), false);
        text(problems, "body", p.body(), 60_000, true);
        if (p.effectiveFrom() != null && p.expires() != null && p.expires().isBefore(p.effectiveFrom())) {
            problems.add("expires is before effective_from");
        }
        return problems;
    }

    static void checkEditor(List<String> problems, String editor) {
        if (editor == null || !EDITOR.matcher(editor).matches()) {
            problems.add("editor is missing or malformed");
        }
    }

    static String hash(KbEntryDraft d) {
        return sha256(d.question(), String.join("\n", d.alternativeQuestions()), d.answer(), d.categoryCode(),
                d.departmentCode(), String.join("\n", d.tags()), d.policyId(), Objects.toString(d.validFrom(), null),
                Objects.toString(d.validTo(), null), d.status().name());
    }

    static String hash(PolicyDocument p) {
        return sha256(p.id(), p.title(), p.documentNo(), p.issuer(), Objects.toString(p.published(), null),
                Objects.toString(p.effectiveFrom(), null), Objects.toString(p.expires(), null), p.categoryCode(),
                p.body());
    }

    static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                // A marker distinguishes null from "" so that clearing a field changes the hash.
                digest.update(part == null ? new byte[] {0} : (part + "\u0001").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 2);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static void text(List<String> problems, String field, String value, int max, boolean multiline) {
        if (value == null || value.isEmpty()) {
            problems.add(field + " is blank");
            return;
        }
        if (value.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                problems.add(field + " contains an unpaired surrogate");
                return;
            }
            if (Character.isLowSurrogate(c)) {
                problems.add(field + " contains an unpaired surrogate");
                return;
            }
            boolean allowedControl = multiline && (c == '\n' || c == '\t');
            if (Character.isISOControl(c) && !allowedControl) {
                problems.add(field + " contains control characters");
                return;
            }
        }
    }

    private static void code(List<String> problems, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(field + " is missing");
            }
        } else if (!CODE.matcher(value).matches()) {
            problems.add(field + " code is malformed");
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> trimAll(List<String> items) {
        List<String> out = new ArrayList<>(items.size());
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                out.add(item.strip());
            }
        }
        return out;
    }
}
