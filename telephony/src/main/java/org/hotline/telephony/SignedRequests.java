package org.hotline.telephony;

/**
 * Verifies the HMAC signatures of the channels' inbound HTTP requests (web and app forms, the SMS gateway's
 * callback): {@code X-Hotline-Signature} = lower-case hex of HMAC-SHA256(secret, timestamp + "\n" + raw body), with
 * {@code X-Hotline-Timestamp} in epoch seconds no further than {@code hotline.channel.web.max-skew} (5 minutes) from
 * now. Thread-safe.
 */
public interface SignedRequests {

    /**
     * Verifies a request of a registered web or app client ({@code hotline.channel.web.clients.<id>.secret}).
     *
     * @return the client id
     * @throws SignatureRejectedException when the client is unknown, the timestamp is missing or outside the
     *                                    window, or the signature is missing or wrong
     */
    String verifyClient(String clientId, String timestamp, String signature, byte[] body);

    /**
     * Verifies a callback of the SMS gateway ({@code hotline.channel.sms.secret}).
     *
     * @throws SignatureRejectedException as {@link #verifyClient}, and when the SMS channel is off
     */
    void verifySmsGateway(String timestamp, String signature, byte[] body);
}
