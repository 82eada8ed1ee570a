package org.hotline.telephony.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactReceived;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links stored contacts to their citizen profiles and announces them ({@link ContactReceived}), in batches, on a
 * thread of its own. Intake stores a contact in one statement and answers at once; finding or creating the profile,
 * linking the addresses and storing the agents' push cost several statements, which a batch shares among all the
 * contacts that arrived meanwhile. A contact is linked within moments; one that a stopped node left unlinked is
 * linked by the sweep of any node after {@link #SWEEP_AFTER}.
 */
@Component
class ContactLinker implements SmartLifecycle {

    static final Duration SWEEP_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ContactLinker.class);
    private static final int MAX_BATCH = 200;
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);
    private static final Duration LINGER = Duration.ofMillis(50);
    private static final long LOOK_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final ContactMapper contacts;
    private final CitizenProfiles profiles;
    private final BulkStatements bulk;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread worker;

    ContactLinker(ContactMapper contacts, CitizenProfiles profiles, BulkStatements bulk,
                  ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.contacts = contacts;
        this.bulk = bulk;
        this.profiles = profiles;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Links the stored contact of this message soon: after the caller's transaction commits, if there is one. */
    void link(ContactRow row, InboundMessage message) {
        Pending pending = new Pending(row, message);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue.add(pending);
                }
            });
        } else {
            queue.add(pending);
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::work, "contact-linker");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // What arrived last is linked now rather than by another node's sweep.
        drain();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        long nextSweep = System.nanoTime() + SWEEP_EVERY.toNanos();
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    // Under load, waiting a moment for more makes one batch of what would be several: the
                    // statements and the commit are shared, and an agent does not notice the delay. It sleeps
                    // rather than waits on the queue, which would wake this thread for every contact. A look that
                    // finds nothing new ends the wait: a lone contact, or the last of a burst, is not held back
                    // for the whole linger.
                    long until = System.nanoTime() + LINGER.toNanos();
                    long left;
                    int seen = 0;
                    try {
                        while (queue.size() < MAX_BATCH - 1 && (left = until - System.nanoTime()) > 0) {
                            TimeUnit.NANOSECONDS.sleep(Math.min(left, LOOK_EVERY_NANOS));
                            int waiting = queue.size();
                            if (waiting == seen) {
                                break;
                            }
                            seen = waiting;
                        }
                    } catch (InterruptedException e) {
                        // Stopping: the contact taken goes back for stop() to link with the rest.
                        queue.add(first);
                        throw e;
                    }
                    queue.drainTo(batch, MAX_BATCH - 1);
                    linkAll(batch);
                }
                if (System.nanoTime() - nextSweep >= 0) {
                    sweep();
                    nextSweep = System.nanoTime() + SWEEP_EVERY.toNanos();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Never let the thread die: what failed is retried by the sweep.
                log.warn("linking contacts to citizen profiles failed; the sweep retries: {}", e.toString());
            }
        }
    }

    private void drain() {
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (int from = 0; from < rest.size(); from += MAX_BATCH) {
            linkAll(rest.subList(from, Math.min(rest.size(), from + MAX_BATCH)));
        }
    }

    /** Links a batch in one transaction; when that fails (a conflict with another node), each contact alone. */
    void linkAll(List<Pending> batch) {
        if (batch.size() > 1) {
            try {
                transactions.executeWithoutResult(status -> linkTogether(batch));
                return;
            } catch (RuntimeException e) {
                log.debug("linking {} contacts together failed, linking each alone: {}", batch.size(), e.toString());
            }
        }
        for (Pending pending : batch) {
            try {
                transactions.executeWithoutResult(status -> linkOne(pending));
            } catch (RuntimeException e) {
                log.warn("contact {} not linked to its citizen profile yet; the sweep retries: {}",
                    Contact.numberOf(pending.row.id), e.toString());
            }
        }
    }

    private void linkTogether(List<Pending> batch) {
        long[] citizenIds = profiles.resolveAll(batch.stream().map(p -> p.message).toList());
        List<ContactRow> rows = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            ContactRow row = batch.get(i).row;
            row.citizenId = citizenIds[i];
            rows.add(row);
        }
        int linked = bulk.linkContacts(rows);
        if (linked != rows.size()) {
            // Some were linked meanwhile (another node's sweep): roll back and link each alone, announcing once.
            throw new IllegalStateException(linked + " of " + rows.size() + " contacts were still unlinked");
        }
        for (Pending pending : batch) {
            announce(pending.row, pending.message);
        }
    }

    private void linkOne(Pending pending) {
        InboundMessage message = pending.message;
        long citizenId = profiles.resolve(message.identities(), message.citizenName(), message.receivedAt());
        if (contacts.linkCitizen(pending.row.id, citizenId) == 1) {
            pending.row.citizenId = citizenId;
            announce(pending.row, message);
        }
    }

    /** Links contacts that stayed unlinked (their node stopped before linking them). */
    int sweep() {
        List<ContactRow> stale = contacts.findUnlinked(Instant.now().minus(SWEEP_AFTER), MAX_BATCH);
        if (stale.isEmpty()) {
            return 0;
        }
        log.info("linking {} contacts left unlinked", stale.size());
        List<Pending> batch = stale.stream().map(row -> new Pending(row, messageOf(row))).toList();
        linkAll(batch);
        return batch.size();
    }

    private void announce(ContactRow row, InboundMessage message) {
        String contactNo = Contact.numberOf(row.id);
        if (log.isInfoEnabled()) {
            log.info("contact {} received on {} from {}{}", contactNo, row.channel.toLowerCase(Locale.ROOT),
                message.identities().get(0).masked(), row.urgent ? " (urgent)" : "");
        }
        events.publishEvent(new ContactReceived(row.id, contactNo, ContactChannel.valueOf(row.channel), row.urgent,
            message.receivedAt()));
    }

    /** What a stored contact keeps of its message: the address it came from, the name and the time. */
    private static InboundMessage messageOf(ContactRow row) {
        return new InboundMessage(ContactChannel.valueOf(row.channel), row.externalId,
            List.of(new CitizenIdentity(IdentityKind.valueOf(row.identityKind), row.identityValue)), row.citizenName,
            row.contentText, List.of(), null, null, null, null, row.receivedAt);
    }

    /** A stored contact waiting to be linked, with the message it came from (all its addresses). */
    record Pending(ContactRow row, InboundMessage message) {
    }
}
