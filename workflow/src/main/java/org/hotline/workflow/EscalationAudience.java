package org.hotline.workflow;

import java.util.Locale;

/**
 * Who a 督办 level is addressed to besides the department that must answer. JSON: {@code dispatchers},
 * {@code supervisors}, {@code department_leader}, {@code city_office}.
 */
public enum EscalationAudience {
    /** the hotline's dispatchers (派单员) */
    DISPATCHERS,
    /** the hotline's supervisors (班长/督办) */
    SUPERVISORS,
    /** the leader of the responsible department (承办单位领导) */
    DEPARTMENT_LEADER,
    /** the city government's supervision office (市政府督查室) */
    CITY_OFFICE;

    /** @return the lower-case word, as the API spells it */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no constant
     */
    public static EscalationAudience fromJson(String value) {
        return EnumWords.parse(EscalationAudience.class, value);
    }
}
