package org.hotline.telephony;

/**
 * The way a citizen reached the hotline. JSON: the lower-case word ({@code "phone"}, {@code "wechat"}, …), the same
 * words as the workflow's ticket channel, so the application can map one to the other by name.
 */
public enum ContactChannel {
    PHONE, WECHAT, WEB, APP, EMAIL, SMS;
}
