package org.hotline.console.wiring;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.telephony.ContactClaimed;
import org.hotline.telephony.ContactReceived;
import org.hotline.telephony.ContactReleased;
import org.hotline.telephony.ContactResponseBreached;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Online queue changes on the push hub, after commit: every agent learns of new, claimed and released contacts;
 * supervisors are alerted to contacts holding an urgent word (燃气泄漏, 被困, …) and to contacts whose first-response
 * clock ran out.
 */
@Component
class ContactPushes {

    private final PushHub hub;

    ContactPushes(PushHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ContactReceived event) {
        hub.sendToRole(ConsoleRole.AGENT, PushMessage.of(new ContactReceivedNotice(event.contactId(),
            event.contactNo(), event.channel(), event.urgent())));
        if (event.urgent()) {
            hub.sendToRole(ConsoleRole.SUPERVISOR, PushMessage.of(new ContactUrgentNotice(event.contactId(),
                event.contactNo(), event.channel())));
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
