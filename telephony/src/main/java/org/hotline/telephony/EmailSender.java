package org.hotline.telephony;

/**
 * Sends plain-text e-mail to citizens over SMTP ({@code hotline.channel.email.smtp-*}, {@code .from}). Present only
 * while SMTP is configured. Thread-safe.
 */
public interface EmailSender {

    /**
     * Hands one message to the SMTP server.
     *
     * @param reference the sender's id of the message, part of its {@code Message-ID} (1..64 characters)
     * @param to        canonical address ({@link CitizenIdentity} of kind {@link IdentityKind#EMAIL})
     * @param subject   1..200 characters
     * @param text      1..{@link CitizenNotice#MAX_TEXT} characters, sent as UTF-8 text/plain
     * @throws NoticeDeliveryException when the server cannot be reached or refuses the message
     */
    void send(String reference, String to, String subject, String text);
}
