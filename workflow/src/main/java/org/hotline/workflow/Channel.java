package org.hotline.workflow;

import java.util.Locale;

/** The way a citizen reached the hotline. JSON: the lower-case word ({@code "phone"}, {@code "wechat"}, ...). */
public enum Channel {
    PHONE, WECHAT, WEB, APP, EMAIL, SMS;

    /** @return the lower-case JSON word */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no channel
     */
    public static Channel fromJson(String value) {
        return EnumWords.parse(Channel.class, value);
    }
}
