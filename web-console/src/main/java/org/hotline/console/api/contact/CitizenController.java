package org.hotline.console.api.contact;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hotline.console.api.ticket.Actors;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUsers;
import org.hotline.telephony.Citizen;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.UnknownCitizenException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.CitizenHistory;
import org.hotline.workflow.TicketView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One citizen across channels: linked addresses, contacts over every channel and the tickets of the linked phone
 * numbers. Agents link an address by hand (audited).
 */
@RestController
@RequestMapping("/api/citizens")
class CitizenController {

    static final int TICKET_LIMIT = 20;

    private final Contacts contacts;
    private final CitizenHistory history;
    private final CurrentUsers currentUsers;
    private final Actors actors;

    CitizenController(Contacts contacts, CitizenHistory history, CurrentUsers currentUsers, Actors actors) {
        this.contacts = contacts;
        this.history = history;
        this.currentUsers = currentUsers;
        this.actors = actors;
    }

    @GetMapping("/{id}")
    @PreAuthorize(ContactController.READERS)
    CitizenJson get(@PathVariable long id) {
        return json(contacts.citizen(id).orElseThrow(() -> new UnknownCitizenException(id)));
    }

    /**
     * Whether a phone number belongs to a citizen profile, for the register form (the number stays out of URLs and
     * logs, hence POST). Answers {@code citizenId} null and 0 contacts for an unknown number.
     */
    @PostMapping("/lookup")
    @PreAuthorize("hasRole('AGENT')")
    CitizenLookup lookup(@Valid @RequestBody PhoneLookup request) {
        CitizenIdentity phone = CitizenIdentity.of(IdentityKind.PHONE, request.phone(), "phone");
        return contacts.citizenOf(phone).flatMap(contacts::citizen).map(citizen -> {
            List<Contact> other = citizen.contacts().stream()
                .filter(contact -> contact.channel() != ContactChannel.PHONE).toList();
            return new CitizenLookup(citizen.id(), other.size(), other.isEmpty() ? null : other.get(0).contactNo());
        }).orElse(new CitizenLookup(null, 0, null));
    }

    @PostMapping("/{id}/identities")
    @PreAuthorize("hasRole('AGENT')")
    CitizenJson link(@PathVariable long id, @Valid @RequestBody IdentityRequest request) {
        CitizenIdentity identity = CitizenIdentity.of(request.kind(), request.value(), "value");
        return json(contacts.link(id, identity, currentUsers.current().username()));
    }

    private CitizenJson json(Citizen citizen) {
        boolean inClear = currentUsers.current().is(ConsoleRole.AGENT);
        Actor actor = actors.current();
        Map<String, TicketView> tickets = new LinkedHashMap<>();
        for (String phone : citizen.phones()) {
            history.recentTickets(phone, TICKET_LIMIT, actor).forEach(t -> tickets.putIfAbsent(t.ticketNo().toString(), t));
        }
        List<TicketView> newestFirst = tickets.values().stream()
            .sorted(Comparator.comparing(TicketView::registeredAt).reversed()).limit(TICKET_LIMIT).toList();
        return new CitizenJson(citizen.id(), citizen.name(), citizen.identities().stream()
            .map(i -> new IdentityJson(i.identity().kind(), inClear ? i.identity().value() : i.identity().masked(),
                i.linkedBy(), i.linkedAt()))
            .toList(), citizen.contacts().stream().map(c -> ContactJson.of(c, inClear)).toList(), newestFirst,
            citizen.createdAt());
    }

    record IdentityRequest(@NotNull IdentityKind kind, @NotNull @Size(min = 1, max = 254) String value) {
    }

    record PhoneLookup(@NotNull @Size(min = 1, max = 32) String phone) {
    }

    /**
     * @param otherContacts the profile's recent contacts from channels other than the phone (at most
     *                      {@link Contacts#HISTORY_LIMIT} are counted)
     * @param latestContactNo the newest of them, or null
     */
    record CitizenLookup(Long citizenId, int otherContacts, String latestContactNo) {
    }

    record IdentityJson(IdentityKind kind, String value, String linkedBy, Instant linkedAt) {
    }

    /** The citizen, with contacts over every channel (newest first) and the linked phones' tickets. */
    record CitizenJson(long id, String name, List<IdentityJson> identities, List<ContactJson> contacts,
                       List<TicketView> tickets, Instant createdAt) {
    }
}
