package org.hotline.workflow.analytics;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised form of an address under which repeat requests from one place are found: NFKC (full-width
 * letters and digits become half-width), lower case, without white space and punctuation. Addresses shorter than
 * {@value #MIN_LENGTH} characters after that say too little ("小区") and have no key.
 */
final class AddressKey {
    static final int MIN_LENGTH = 6;
    private static final int MAX_LENGTH = 200;

    private AddressKey() {
    }

    /** @return the key, or null when the address is missing or too short */
    static String of(String address) {
        if (address == null) {
            return null;
        }
        String normal = Normalizer.normalize(address, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]", "");
        if (normal.codePointCount(0, normal.length()) < MIN_LENGTH) {
            return null;
        }
        return normal.length() > MAX_LENGTH ? normal.substring(0, MAX_LENGTH) : normal;
    }
}
