package org.hotline.workflow;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one home of the masking rules for personal data in clear text: ID numbers (18 and 15 digits), mobile numbers and landlines, also when written
 * with full-width digits (０-９) or with spaces or dashes between the digits. Masking keeps the text's length and
 * separators and replaces masked digits by {@code *}. Used for what departments read of a ticket and for every copy
 * of ticket text handed to other modules. Stateless and thread-safe.
 */
public final class PersonalData {

    /** Between two digits of one number a writer may put one space or dash (half- or full-width). */
    private static final String SEP = "[ \\-]?";
    private static final Pattern ID_18 = Pattern.compile(
            "(?<![0-9])[0-9](?:" + SEP + "[0-9]){16}" + SEP + "[0-9Xx](?![0-9Xx])");
    private static final Pattern ID_15 = Pattern.compile("(?<![0-9])[0-9](?:" + SEP + "[0-9]){14}(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:\\+?86" + SEP + ")?1[3-9][0-9](?:" + SEP + "[0-9]){8}(?![0-9])");
    /** 0 + area code (2–3 digits), optionally in brackets, then 7–8 digits. */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(?:\\(0[0-9]{2,3}\\)|0[0-9]{2,3})" + SEP + "[0-9](?:" + SEP + "[0-9]){6,7}(?![0-9])");

    private PersonalData() {
    }

    /**
     * @return a phone field masked: a mobile as {@code 138****8000}, a landline (leading 0) keeping only its last 4
     *         digits, a short number its last two
     */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = normalize(phone);
        if (digits.startsWith("0") && digits.length() > 4) {
            return maskDigits(phone, digits, 0, countDigits(digits) - 4);
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
    public static String maskIdNumbers(String text) {
        if (text == null) {
            return null;
        }
        String normalized = normalize(text);
        String masked = mask(ID_18, text, normalized, 6, 4);
        return mask(ID_15, masked, normalize(masked), 6, 3);
    }

    /**
     * @return the text with ID numbers, mobile numbers ({@code 138****8000}) and landlines (all but the last 4
     *         digits) masked: what a department may read of a citizen's words
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = maskIdNumbers(text);
        masked = mask(MOBILE, masked, normalize(masked), -1, 4);
        return mask(LANDLINE, masked, normalize(masked), 0, 4);
    }

    /**
     * Masks every match's digits except the first {@code keepFirst} and the last {@code keepLast}; a negative
     * {@code keepFirst} masks only the 4 digits before the last {@code keepLast} (a mobile's subscriber block, with
     * or without +86).
     */
    private static String mask(Pattern pattern, String text, String normalized, int keepFirst, int keepLast) {
        Matcher matcher = pattern.matcher(normalized);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start());
            String original = text.substring(matcher.start(), matcher.end());
            String digits = matcher.group();
            int total = countDigits(digits);
            int first = keepFirst >= 0 ? keepFirst : total - keepLast - 4;
            out.append(maskDigits(original, digits, first, total - keepLast));
            copied = matcher.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Replaces the digits whose ordinal is in [from, to) by '*', keeping everything else of the original. */
    private static String maskDigits(String original, String normalized, int from, int to) {
        StringBuilder out = new StringBuilder(original.length());
        int ordinal = 0;
        for (int i = 0; i < original.length(); i++) {
            char n = normalized.charAt(i);
            boolean digit = (n >= '0' && n <= '9') || n == 'X' || n == 'x';
            if (digit) {
                out.append(ordinal >= from && ordinal < to ? '*' : original.charAt(i));
                ordinal++;
            } else {
                out.append(original.charAt(i));
            }
        }
        return out.toString();
    }

    private static int countDigits(String normalized) {
        int count = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') {
                count++;
            }
        }
        return count;
    }

    /** Full-width digits, X, space and dash as their ASCII twins; one char for one char, so indexes stay valid. */
    private static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c == 'Ｘ' || c == 'ｘ') {
                chars[i] = 'X';
            } else if (c == '\u3000' || c == '\t') {
                chars[i] = ' ';
            } else if (c == '－' || c == '—' || c == '–' || c == '‐') {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }
}
