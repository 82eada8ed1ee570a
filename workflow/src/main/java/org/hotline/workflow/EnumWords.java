package org.hotline.workflow;

import java.util.Locale;

/** Shared parsing of the lower-case JSON words of the API's enums. */
final class EnumWords {
    private EnumWords() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + type.getSimpleName());
        }
        String normalised = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + value);
    }
}
