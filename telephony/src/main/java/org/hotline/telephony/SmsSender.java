package org.hotline.telephony;

/**
 * Sends text messages to citizens' phones through the SMS gateway ({@code hotline.channel.sms.gateway-url}). Present
 * only while the gateway is configured. Thread-safe.
 */
public interface SmsSender {

    /**
     * Hands one message to the gateway.
     *
     * @param reference the sender's id of the message (the gateway drops a second message with the same reference,
     *                  so a retry after a lost answer is not delivered twice), 1..64 characters
     * @param phone     canonical mainland number ({@link CitizenIdentity} of kind {@link IdentityKind#PHONE})
     * @param text      1..500 characters
     * @throws SmsDeliveryException when the gateway cannot be reached, times out or refuses the message
     */
    void send(String reference, String phone, String text);
}
