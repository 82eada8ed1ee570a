package org.hotline.workflow;

import java.util.Locale;

/** Kind of handling unit. JSON: lower-case words as in the sample data ({@code city_dept}, {@code street}, ...). */
public enum DepartmentKind {
    CITY_DEPT, CITY_UNIT, ENTERPRISE, DISTRICT_GOV, STREET;

    /** @return the lower-case word */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the lower-case word.
     *
     * @throws IllegalArgumentException when unknown
     */
    public static DepartmentKind fromJson(String value) {
        return EnumWords.parse(DepartmentKind.class, value);
    }
}
