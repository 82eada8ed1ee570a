package org.hotline.console.wiring;

/**
 * Payload of the pushes that keep agents' online queues current: {@code contact-received} (to agents),
 * {@code contact-claimed} and {@code contact-released} (to agents), {@code contact-urgent} (to supervisors). No
 * personal data: the console fetches the contact with the reader's own masking.
 *
 * @param contactId the contact
 * @param contactNo its number
 * @param channel   the channel's JSON word, or null
 * @param urgent    whether it holds an urgent word
 * @param agent     the agent who claimed or released it, or null
 */
record ContactQueuePush(long contactId, String contactNo, String channel, boolean urgent, String agent) {
}
