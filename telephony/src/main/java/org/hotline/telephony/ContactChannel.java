package org.hotline.telephony;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The way a citizen reached the hotline. JSON: the lower-case word ({@code "phone"}, {@code "wechat"}, …), the same
 * words as the workflow's ticket channel, so the application can map one to the other by name.
 */
public enum ContactChannel {
    PHONE, WECHAT, WEB, APP, EMAIL, SMS;

    /** @return the lower-case JSON word */
    @JsonValue
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no channel
     */
    @JsonCreator
    public static ContactChannel fromJson(String value) {
        return JsonWords.parse(ContactChannel.class, value, "channel");
    }
}
