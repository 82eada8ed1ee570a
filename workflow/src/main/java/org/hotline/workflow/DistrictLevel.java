package org.hotline.workflow;

import java.util.Locale;

/** Level of an administrative area. JSON: {@code city}, {@code district}, {@code street}. */
public enum DistrictLevel {
    CITY, DISTRICT, STREET;

    /** @return the lower-case word */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the lower-case word.
     *
     * @throws IllegalArgumentException when unknown
     */
    public static DistrictLevel fromJson(String value) {
        return EnumWords.parse(DistrictLevel.class, value);
    }
}
