package org.hotline.telephony;

import java.util.List;
import java.util.Optional;

/**
 * The online queue (来件): messages from every channel as one kind of contact, their citizens across channels and
 * the agents' work on them. Implementations are thread-safe; state changes are atomic in the database, so two
 * agents on two nodes can never claim the same contact. Each method runs in the caller's transaction when there is
 * one, else in its own; events are published inside it (listen with {@code @TransactionalEventListener} for work
 * after commit).
 *
 * <p>Failures common to the agent actions: {@link UnknownContactException} (no such contact),
 * {@link ContactConflictException} (not possible in the contact's status or for this agent; nothing changed),
 * {@link InvalidContactException} (invalid input; nothing changed).
 */
public interface Contacts {

    /** The number of contacts a citizen profile shows. */
    int HISTORY_LIMIT = 50;
    /** The most contacts one queue read returns. */
    int QUEUE_LIMIT = 200;

    /**
     * Stores a received message as a queued contact and returns at once; a moment later (on another thread, in
     * batches) the contact is linked to the citizen profile of its first known address (created when none is known;
     * every other address of the message is linked to it automatically) and {@link ContactReceived} is published.
     * Until then the contact's {@link Contact#citizenId()} is 0. A message whose channel and external id were
     * received before is a redelivery: nothing is stored, the first contact is answered, also when the deliveries
     * run concurrently. Called inside a transaction, the contact is stored in it and linked after it commits.
     *
     * @throws InvalidContactException when the message is invalid (see {@link InboundMessage#validate()})
     */
    ContactReceipt receive(InboundMessage message);

    /**
     * The queue as agents see it: urgent contacts first, then by arrival (oldest first).
     *
     * @param status  only contacts in this status; null for the open ones (queued and claimed)
     * @param channel only this channel, or null for all
     * @param limit   1..{@link #QUEUE_LIMIT}
     */
    List<Contact> queue(ContactStatus status, ContactChannel channel, int limit);

    /** @return the contact, or empty when unknown */
    Optional<Contact> find(long id);

    /** @return the contact received on this channel with this external id, or empty */
    Optional<Contact> findByExternalId(ContactChannel channel, String externalId);

    /** @return the contacts a ticket was registered from, oldest first */
    List<Contact> ofTicket(String ticketNo);

    /**
     * The agent claims a queued contact; from now on only this agent works it. Publishes {@link ContactClaimed}.
     *
     * @throws ContactConflictException when it is not queued (another agent was faster, or it is done)
     */
    Contact claim(long id, String agent);

    /**
     * The claiming agent puts the contact back in the queue. Publishes {@link ContactReleased}.
     *
     * @throws ContactConflictException when the agent does not hold the claim
     */
    Contact release(long id, String agent);

    /**
     * The claiming agent answered the citizen directly (一号答). Publishes {@link ContactAnswered}, whose consumers
     * send the answer on the citizen's channel.
     *
     * @param answer 1..{@link InboundMessage#MAX_TEXT} characters
     * @throws ContactConflictException when the agent does not hold the claim
     */
    Contact directAnswer(long id, String agent, String answer);

    /**
     * Records that the claiming agent registered a ticket from the contact. Publishes
     * {@link ContactTicketRegistered}.
     *
     * @param ticketNo 1..32 characters
     * @throws ContactConflictException when the agent does not hold the claim
     */
    Contact ticketRegistered(long id, String agent, String ticketNo);

    /** Closes every contact that became this ticket, when the ticket closed. Unknown numbers are ignored. */
    void ticketClosed(String ticketNo);

    /** @return the citizen profile with its identities and recent contacts, or empty when unknown */
    Optional<Citizen> citizen(long citizenId);

    /** @return the profile an address is linked to, or empty when the address is unknown */
    Optional<Long> citizenOf(CitizenIdentity identity);

    /**
     * Links an address to a citizen by hand, moving it from another profile when it was linked there, and records an
     * audit row (who, when, from which profile).
     *
     * @param agent the agent who links it
     * @throws UnknownCitizenException when the profile does not exist
     */
    Citizen link(long citizenId, CitizenIdentity identity, String agent);

    /**
     * @return first-response figures by channel of the contacts received in {@code [from, to)}
     * @throws IllegalArgumentException when {@code from} is after {@code to} or the range exceeds one year
     */
    ContactStats stats(java.time.Instant from, java.time.Instant to);
}
