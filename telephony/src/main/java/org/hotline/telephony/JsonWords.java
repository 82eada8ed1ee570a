package org.hotline.telephony;

/** Parses the lower-case JSON words of the API's enums, case-insensitively. */
final class JsonWords {

    private JsonWords() {
    }

    /** @throws IllegalArgumentException when the word names no constant of {@code type} */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value.trim())) {
                    return constant;
                }
            }
        }
        throw new IllegalArgumentException("unknown " + what + ": " + value);
    }
}
