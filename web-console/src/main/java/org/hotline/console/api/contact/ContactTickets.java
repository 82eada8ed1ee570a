package org.hotline.console.api.contact;

import java.util.stream.Collectors;

import org.hotline.console.json.ApiEnumWords;
import org.hotline.telephony.Attachment;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactConflictException;
import org.hotline.telephony.ContactStatus;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.UnknownContactException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Channel;
import org.hotline.workflow.RegisterTicket;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.Urgency;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a ticket from a claimed contact with the contact's text and citizen pre-filled, and records the ticket
 * on the contact, in one transaction: either both happen or neither.
 */
@Component
class ContactTickets {

    static final int CONTENT_LIMIT = 4000;

    private final Contacts contacts;
    private final TicketService tickets;

    ContactTickets(Contacts contacts, TicketService tickets) {
        this.contacts = contacts;
        this.tickets = tickets;
    }

    @Transactional
    ContactTicket register(long contactId, TicketFromContact request, Actor actor) {
        Contact contact = contacts.find(contactId).orElseThrow(() -> new UnknownContactException(contactId));
        if (contact.status() != ContactStatus.CLAIMED || !actor.username().equals(contact.claimedBy())) {
            throw new ContactConflictException("contact " + contact.contactNo() + " is not claimed by you",
                contact.status());
        }
        RegisterTicket command = new RegisterTicket(ticketChannel(contact), request.type(), request.categoryCode(),
            request.districtCode(), request.address() != null ? request.address() : contact.address(),
            request.urgency() != null ? request.urgency() : contact.urgent() ? Urgency.URGENT : Urgency.NORMAL,
            request.citizenPhone() != null ? request.citizenPhone() : phoneOf(contact),
            request.citizenName() != null ? request.citizenName() : contact.citizenName(),
            request.content() != null ? request.content() : contentOf(contact), request.confidential(), null);
        TicketView ticket = tickets.register(command, actor);
        Contact linked = contacts.ticketRegistered(contactId, actor.username(), ticket.ticketNo().toString());
        return new ContactTicket(ContactJson.of(linked, true), ticket);
    }

    /** The two modules name their channels with the same words. */
    static Channel ticketChannel(Contact contact) {
        return Channel.valueOf(contact.channel().name());
    }

    private String phoneOf(Contact contact) {
        if (contact.identity().kind() == IdentityKind.PHONE) {
            return contact.identity().value();
        }
        return contact.citizenId() == 0 ? null
            : contacts.citizen(contact.citizenId()).flatMap(c -> c.phones().stream().findFirst()).orElse(null);
    }

    /** The text, then what else the citizen sent, so the department sees it too. */
    static String contentOf(Contact contact) {
        StringBuilder content = new StringBuilder(contact.text() == null ? "" : contact.text().strip());
        if (contact.location() != null) {
            content.append(content.isEmpty() ? "" : "\n").append("位置：")
                .append(contact.location().label() == null ? "" : contact.location().label() + " ")
                .append(contact.location().latitude()).append(',').append(contact.location().longitude());
        }
        if (!contact.attachments().isEmpty()) {
            content.append(content.isEmpty() ? "" : "\n").append("附件：").append(contact.attachments().stream()
                .map(Attachment::name).collect(Collectors.joining("、")));
        }
        String text = content.isEmpty() ? "（" + ApiEnumWords.word(contact.channel()) + " 来件 " + contact.contactNo() + "）"
            : content.toString();
        return text.length() > CONTENT_LIMIT ? text.substring(0, CONTENT_LIMIT) : text;
    }

    /** The answer of {@code POST /api/contacts/{id}/ticket}. */
    record ContactTicket(ContactJson contact, TicketView ticket) {
    }
}
