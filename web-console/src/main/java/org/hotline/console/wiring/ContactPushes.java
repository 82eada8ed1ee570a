package org.hotline.console.wiring;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.telephony.ContactClaimed;
import org.hotline.telephony.ContactReceived;
import org.hotline.telephony.ContactReleased;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Online queue changes on the push hub, after commit: every agent learns of new, claimed and released contacts;
 * supervisors are alerted to contacts holding an urgent word (燃气泄漏, 被困, …).
 */
@Component
class ContactPushes {

    private final PushHub hub;

    ContactPushes(PushHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    void on(ContactReceived event) {
        ContactQueuePush payload = new ContactQueuePush(event.contactId(), event.contactNo(),
            event.channel().jsonValue(), event.urgent(), null);
        hub.sendToRole(ConsoleRole.AGENT, new PushMessage("contact-received", payload));
        if (event.urgent()) {
            hub.sendToRole(ConsoleRole.SUPERVISOR, new PushMessage("contact-urgent", payload));
        }
    }

    @TransactionalEventListener
    void on(ContactClaimed event) {
        hub.sendToRole(ConsoleRole.AGENT, new PushMessage("contact-claimed",
            new ContactQueuePush(event.contactId(), event.contactNo(), null, false, event.agent())));
    }

    @TransactionalEventListener
    void on(ContactReleased event) {
        hub.sendToRole(ConsoleRole.AGENT, new PushMessage("contact-released",
            new ContactQueuePush(event.contactId(), event.contactNo(), null, false, event.agent())));
    }
}
