package org.hotline.telephony;

/**
 * The WeChat official account's server address (公众号服务器配置): the handshake and the inbound messages, in plain
 * and in safe mode ({@code encrypt_type=aes}). Off while {@code hotline.channel.wechat.token} is unset. Thread-safe.
 */
public interface WeChatOfficialAccount {

    /** @return whether the account is configured */
    boolean enabled();

    /**
     * The server-address check: {@code signature} = SHA-1 of the sorted token, timestamp and nonce.
     *
     * @return {@code echostr}, to be answered as is
     * @throws SignatureRejectedException when the signature is wrong or the account is off
     */
    String handshake(String signature, String timestamp, String nonce, String echostr);

    /**
     * Verifies, decrypts (safe mode), parses and stores one pushed message, and answers within WeChat's 5 seconds:
     * a text reply with the contact number (the same one for WeChat's retries of the same MsgId), the status of a
     * ticket asked for with {@code 查询 JH…} (only a ticket registered from the same citizen), a welcome on
     * {@code subscribe}, or {@code success} when there is nothing to say. XML with a DOCTYPE (external entities,
     * entity expansion) is refused without being resolved.
     *
     * @throws SignatureRejectedException     when a signature is wrong, the appid differs or the account is off
     * @throws InvalidChannelMessageException when the body is not a WeChat message
     */
    WeChatReply receive(WeChatRequest request);

    /**
     * One POST to the server address.
     *
     * @param signature    query {@code signature}
     * @param timestamp    query {@code timestamp}
     * @param nonce        query {@code nonce}
     * @param encryptType  query {@code encrypt_type} ({@code aes} in safe mode), or null
     * @param msgSignature query {@code msg_signature} (safe mode), or null
     * @param body         the raw body, UTF-8 XML
     */
    record WeChatRequest(String signature, String timestamp, String nonce, String encryptType, String msgSignature,
                         byte[] body) {
    }

    /**
     * @param xml true when {@code body} is an XML reply, false for the plain {@code success}
     * @param body what to answer
     */
    record WeChatReply(boolean xml, String body) {
    }
}
