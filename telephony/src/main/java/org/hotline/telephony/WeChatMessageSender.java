package org.hotline.telephony;

/**
 * Sends text to a follower of the official account after WeChat's 5-second passive reply is over, through the
 * customer-service message API ({@code POST message/custom/send}; the access token is fetched with
 * {@code hotline.channel.wechat.app-id} and {@code .app-secret} from {@code .api-url}, cached until it expires and
 * fetched anew when WeChat calls it invalid). Present only while app id and secret are configured. WeChat accepts
 * such messages only within 48 hours of the follower's last message. Thread-safe.
 */
public interface WeChatMessageSender {

    /**
     * @param openid the follower ({@link CitizenIdentity} of kind {@link IdentityKind#WECHAT})
     * @param text   1..{@link CitizenNotice#MAX_TEXT} characters
     * @throws NoticeDeliveryException when WeChat cannot be reached or answers an error code
     */
    void sendText(String openid, String text);
}
