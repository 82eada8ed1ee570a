package org.hotline.workflow.ticket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks personal data in clear text. Stateless and thread-safe. */
final class Masking {
    private static final Pattern ID_18 = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9Xx])");
    private static final Pattern ID_15 = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{6}([0-9]{3})(?![0-9])");

    private Masking() {
    }

    /** @return {@code 138****8000} for an 11-digit number; shorter numbers keep only their last two digits */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() >= 8) {
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
        if (phone.length() <= 2) {
            return "*".repeat(phone.length());
        }
        return "*".repeat(phone.length() - 2) + phone.substring(phone.length() - 2);
    }

    /** @return the text with 18-digit ({@code 990102********1234}) and 15-digit ID numbers masked */
    static String idNumbers(String text) {
        if (text == null) {
            return null;
        }
        String masked = replace(ID_18, text, "********");
        return replace(ID_15, masked, "******");
    }

    private static String replace(Pattern pattern, String text, String stars) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + stars + matcher.group(2)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
