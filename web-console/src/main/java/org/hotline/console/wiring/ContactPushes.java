package org.hotline.console.wiring;

import java.util.ArrayList;
import java.util.List;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.telephony.ContactClaimed;
import org.hotline.telephony.ContactReceived;
import org.hotline.telephony.ContactReleased;
import org.hotline.telephony.ContactResponseBreached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Online queue changes on the push hub, delivered after commit: every agent learns of new contacts (one message per
 * batch the linker linked), claimed and released ones; supervisors are alerted to each contact holding an urgent
 * word (燃气泄漏, 被困, …) and to contacts whose first-response clock ran out.
 */
@Component
class ContactPushes {

    private final PushHub hub;

    ContactPushes(PushHub hub) {
        this.hub = hub;
    }

    /**
     * Stored in the linking transaction, the contacts linked together as one {@code contacts-received} message to
     * agents (why: the linker links what arrived meanwhile in one transaction, and a push per contact cost more than
     * the contact), delivered after it commits.
     */
    @EventListener
    void on(ContactReceived event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(List.of(event));
            return;
        }
        ReceivedInTransaction pending = (ReceivedInTransaction) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new ReceivedInTransaction();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.events.add(event);
    }

    private void send(List<ContactReceived> events) {
        // One message for the contacts linked together, not one each: agents' consoles only reload their queue, and
        // a stored push per contact cost intake as much as linking the contact to its citizen.
        List<PushMessage> received = new ArrayList<>();
        for (int from = 0; from < events.size(); from += ContactsReceivedNotice.MAX) {
            received.add(PushMessage.of(new ContactsReceivedNotice(events.subList(from,
                    Math.min(events.size(), from + ContactsReceivedNotice.MAX)).stream()
                .map(event -> new ContactsReceivedNotice.Received(event.contactId(), event.contactNo(),
                    event.channel(), event.urgent()))
                .toList())));
        }
        hub.sendAllToRole(ConsoleRole.AGENT, received);
        hub.sendAllToRole(ConsoleRole.SUPERVISOR, events.stream().filter(ContactReceived::urgent)
            .map(event -> PushMessage.of(new ContactUrgentNotice(event.contactId(), event.contactNo(),
                event.channel()))).toList());
    }

    /** The contacts received in one transaction, sent just before it commits. */
    private final class ReceivedInTransaction implements TransactionSynchronization {
        final List<ContactReceived> events = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            send(events);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ContactPushes.this);
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ContactClaimed event) {
        hub.sendToRole(ConsoleRole.AGENT, PushMessage.of(new ContactClaimedNotice(event.contactId(),
            event.contactNo(), event.agent())));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ContactReleased event) {
        hub.sendToRole(ConsoleRole.AGENT, PushMessage.of(new ContactReleasedNotice(event.contactId(),
            event.contactNo(), event.agent())));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ContactResponseBreached event) {
        hub.sendToRole(ConsoleRole.SUPERVISOR, PushMessage.of(new ContactBreachedNotice(event.contactId(),
            event.contactNo(), event.channel(), event.dueAt())));
    }
}
