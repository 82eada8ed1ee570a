package org.hotline.console.api.contact;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hotline.console.api.ticket.Actors;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUsers;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactStats;
import org.hotline.telephony.ContactStatus;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.UnknownContactException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The online queue (来件): agents list, claim, release and answer contacts or register tickets from them;
 * dispatchers and supervisors read. {@code {id}} is the contact's id or its number ({@code C0000000042}).
 */
@RestController
@RequestMapping("/api/contacts")
class ContactController {

    static final String READERS = "hasAnyRole('AGENT','DISPATCHER','SUPERVISOR')";

    private final Contacts contacts;
    private final ContactTickets contactTickets;
    private final CurrentUsers currentUsers;
    private final Actors actors;

    ContactController(Contacts contacts, ContactTickets contactTickets, CurrentUsers currentUsers, Actors actors) {
        this.contacts = contacts;
        this.contactTickets = contactTickets;
        this.currentUsers = currentUsers;
        this.actors = actors;
    }

    /** Without {@code status}: the open contacts (queued, claimed), urgent first, then oldest first. */
    @GetMapping
    @PreAuthorize(READERS)
    List<ContactJson> queue(@RequestParam(required = false) ContactStatus status,
                            @RequestParam(required = false) ContactChannel channel,
                            @RequestParam(defaultValue = "100") int limit) {
        boolean inClear = inClear();
        return contacts.queue(status, channel, limit).stream().map(c -> ContactJson.of(c, inClear))
            .toList();
    }

    /** First-response figures by channel (GB/T 33358 response clocks) of the contacts received in the range. */
    @GetMapping("/stats")
    @PreAuthorize(READERS)
    ContactStats stats(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return contacts.stats(from, to);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    ContactJson get(@PathVariable String id) {
        long contactId = idOf(id);
        return ContactJson.of(contacts.find(contactId).orElseThrow(() -> new UnknownContactException(contactId)),
            inClear());
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("hasRole('AGENT')")
    ContactJson claim(@PathVariable String id) {
        return ContactJson.of(contacts.claim(idOf(id), username()), true);
    }

    @PostMapping("/{id}/release")
    @PreAuthorize("hasRole('AGENT')")
    ContactJson release(@PathVariable String id) {
        return ContactJson.of(contacts.release(idOf(id), username()), true);
    }

    @PostMapping("/{id}/direct-answer")
    @PreAuthorize("hasRole('AGENT')")
    ContactJson directAnswer(@PathVariable String id, @Valid @RequestBody AnswerRequest request) {
        return ContactJson.of(contacts.directAnswer(idOf(id), username(), request.answer()), true);
    }

    @PostMapping("/{id}/ticket")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<ContactTickets.ContactTicket> ticket(@PathVariable String id,
                                                        @Valid @RequestBody TicketFromContact request) {
        ContactTickets.ContactTicket result = contactTickets.register(idOf(id), request, actors.current());
        return ResponseEntity.created(URI.create("/api/tickets/" + result.ticket().ticketNo())).body(result);
    }

    static long idOf(String id) {
        if (id != null && id.startsWith("C")) {
            return Contact.idOf(id);
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a contact id: expected a number or C + 10 digits");
        }
    }

    private boolean inClear() {
        return currentUsers.current().is(ConsoleRole.AGENT);
    }

    private String username() {
        return currentUsers.current().username();
    }

    record AnswerRequest(@NotBlank @Size(max = 4000) String answer) {
    }
}
