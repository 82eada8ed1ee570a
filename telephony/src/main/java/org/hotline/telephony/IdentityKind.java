package org.hotline.telephony;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of address a citizen reaches the hotline from. JSON: lower-case words. */
public enum IdentityKind {
    /** a mainland mobile or landline number */
    PHONE,
    /** the openid of a follower of the WeChat official account */
    WECHAT,
    /** an e-mail address */
    EMAIL;

    /** @return the lower-case JSON word */
    @JsonValue
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the JSON word, case-insensitively.
     *
     * @throws IllegalArgumentException when the word names no kind
     */
    @JsonCreator
    public static IdentityKind fromJson(String value) {
        return JsonWords.parse(IdentityKind.class, value, "identity kind");
    }
}
