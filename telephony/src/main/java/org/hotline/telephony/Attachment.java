package org.hotline.telephony;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Metadata of a file the citizen sent with a contact (the file itself stays where the channel keeps it).
 *
 * @param name        file name as the citizen named it, 1..200 characters
 * @param contentType one of {@link #ALLOWED_TYPES}
 * @param sizeBytes   1..{@link #MAX_BYTES}, or 0 when the channel does not tell (a WeChat picture)
 * @param url         where the channel keeps the file ({@code http(s)://}, at most 500 characters), or null
 */
public record Attachment(String name, String contentType, long sizeBytes, String url) {

    /** At most this many attachments per contact. */
    public static final int MAX_COUNT = 5;
    /** At most this many bytes per attachment. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The file types a contact may carry: pictures, voice, video and documents, never executables. */
    public static final Set<String> ALLOWED_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
        "audio/amr", "audio/mpeg", "audio/wav", "video/mp4", "application/pdf", "text/plain", "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /**
     * Validates a list of attachments.
     *
     * @param field the request field, for the error messages ({@code attachments})
     * @throws InvalidContactException naming each invalid attachment ({@code attachments[1].size}, …)
     */
    public static List<Attachment> validate(List<Attachment> attachments, String field) {
        if (attachments == null || attachments.isEmpty()) {
            return List.of();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (attachments.size() > MAX_COUNT) {
            errors.put(field, "at most " + MAX_COUNT + " attachments");
        }
        for (int i = 0; i < attachments.size() && errors.isEmpty(); i++) {
            Attachment a = attachments.get(i);
            String at = field + "[" + i + "]";
            if (a == null) {
                errors.put(at, "must not be null");
                continue;
            }
            if (a.name() == null || a.name().isBlank() || a.name().length() > 200) {
                errors.put(at + ".name", "1..200 characters");
            }
            if (a.contentType() == null || !ALLOWED_TYPES.contains(a.contentType().toLowerCase(Locale.ROOT))) {
                errors.put(at + ".contentType", "one of " + String.join(", ", ALLOWED_TYPES.stream().sorted().toList()));
            }
            if (a.sizeBytes() < 0 || a.sizeBytes() > MAX_BYTES) {
                errors.put(at + ".size", "1.." + MAX_BYTES + " bytes");
            }
            if (a.url() != null && (a.url().length() > 500 || !a.url().matches("(?i)https?://\\S+"))) {
                errors.put(at + ".url", "an http(s) URL of at most 500 characters");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidContactException(errors);
        }
        return List.copyOf(attachments);
    }
}
