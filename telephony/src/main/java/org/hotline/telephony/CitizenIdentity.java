package org.hotline.telephony;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One address a citizen reaches the hotline from, in its canonical form: phone numbers as digits only (mainland
 * mobile {@code 13800138000}, landline with area code {@code 02161234567}; a {@code +86}/{@code 86} prefix, spaces and
 * hyphens dropped), WeChat openids as given, e-mail addresses in lower case. Use {@link #of} to validate input.
 *
 * @param kind  the kind of address
 * @param value the canonical value
 */
public record CitizenIdentity(IdentityKind kind, String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
    private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{6,64}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,24}");

    public CitizenIdentity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Validates and canonicalises an address.
     *
     * @throws InvalidContactException naming {@code field} when the value is not a valid address of that kind
     */
    public static CitizenIdentity of(IdentityKind kind, String raw, String field) {
        if (kind == null || raw == null || raw.isBlank() || raw.length() > 254) {
            throw new InvalidContactException(Map.of(field, "required, at most 254 characters"));
        }
        String value = raw.strip();
        switch (kind) {
            case PHONE -> {
                String digits = value.replaceAll("[\\s-]", "");
                if (digits.startsWith("+86")) {
                    digits = digits.substring(3);
                } else if (digits.startsWith("86") && digits.length() == 13) {
                    digits = digits.substring(2);
                }
                if (!MOBILE.matcher(digits).matches() && !LANDLINE.matcher(digits).matches()) {
                    throw new InvalidContactException(Map.of(field,
                        "a mainland mobile (1xxxxxxxxxx) or landline with area code (0xx-xxxxxxxx)"));
                }
                return new CitizenIdentity(kind, digits);
            }
            case WECHAT -> {
                if (!OPENID.matcher(value).matches()) {
                    throw new InvalidContactException(Map.of(field, "an openid of 6..64 letters, digits, - or _"));
                }
                return new CitizenIdentity(kind, value);
            }
            case EMAIL -> {
                if (!EMAIL.matcher(value).matches()) {
                    throw new InvalidContactException(Map.of(field, "an e-mail address"));
                }
                return new CitizenIdentity(kind, value.toLowerCase(Locale.ROOT));
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** @return the value with the middle hidden ({@code 138****8000}, {@code zh***@example.cn}), for logs and lists */
    public String masked() {
        return switch (kind) {
            case PHONE -> value.length() < 7 ? "****" : value.substring(0, 3) + "****" + value.substring(value.length() - 4);
            case WECHAT -> value.substring(0, Math.min(4, value.length())) + "***";
            case EMAIL -> {
                int at = value.indexOf('@');
                yield value.substring(0, Math.min(2, at)) + "***" + value.substring(at);
            }
        };
    }
}
