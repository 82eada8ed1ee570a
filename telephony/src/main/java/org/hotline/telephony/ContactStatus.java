package org.hotline.telephony;

/**
 * Where a contact stands in the online queue. JSON: lower-case words ({@code "queued"}, {@code "ticket_registered"}).
 *
 * <ul>
 *   <li>{@link #QUEUED}: waiting for an agent.</li>
 *   <li>{@link #CLAIMED}: one agent works it; nobody else can.</li>
 *   <li>{@link #ANSWERED}: the agent answered directly (一号答).</li>
 *   <li>{@link #TICKET_REGISTERED}: a ticket was registered from it.</li>
 *   <li>{@link #CLOSED}: nothing more to do (its ticket closed).</li>
 * </ul>
 */
public enum ContactStatus {
    QUEUED, CLAIMED, ANSWERED, TICKET_REGISTERED, CLOSED;
}
