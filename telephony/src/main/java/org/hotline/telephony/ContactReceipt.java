package org.hotline.telephony;

/**
 * The answer to a received message.
 *
 * @param contact    the stored contact
 * @param redelivery true when the message had been received before (same channel and external id): nothing new was
 *                   stored and the channel should answer exactly as the first time
 */
public record ContactReceipt(Contact contact, boolean redelivery) {
}
