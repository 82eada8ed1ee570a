package org.hotline.workflow;

import java.util.Locale;

/** The kind of request. JSON: the lower-case English word; the sample data writes the Chinese name. */
public enum TicketType {
    CONSULTATION("咨询"), HELP("求助"), COMPLAINT("投诉"), REPORT("举报"), SUGGESTION("建议"), PRAISE("表扬");

    private final String chinese;

    TicketType(String chinese) {
        this.chinese = chinese;
    }

    /** @return the Chinese name used by the hotline's staff and the sample data */
    public String chinese() {
        return chinese;
    }

    /** @return the lower-case JSON word */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no type
     */
    public static TicketType fromJson(String value) {
        return EnumWords.parse(TicketType.class, value);
    }

    /**
     * Maps the Chinese name (咨询, 求助, 投诉, 举报, 建议, 表扬) used by imported data.
     *
     * @throws IllegalArgumentException when the name is none of them
     */
    public static TicketType fromChinese(String name) {
        for (TicketType type : values()) {
            if (type.chinese.equals(name == null ? null : name.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown ticket type: " + name);
    }
}
