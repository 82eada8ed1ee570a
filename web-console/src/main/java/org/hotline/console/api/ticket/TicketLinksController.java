package org.hotline.console.api.ticket;

import java.time.Instant;
import java.util.List;

import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecordings;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.CitizenNotices;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactStatus;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.IvrChoice;
import org.hotline.telephony.NoticeKind;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketNotFoundException;
import org.hotline.workflow.TicketService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/tickets/{no}/links}: the calls and online contacts a ticket was registered from, and the notices
 * the citizen was sent about it (which, on which channel, to which address masked, whether it left, and whether it
 * is the SMS sent instead of a notice its channel could not carry), for everyone who may read the ticket (others:
 * 404 as for the ticket). No phone number or message text: those stay on the ticket, masked per role. {@code recording} says whether {@code GET /api/calls/{id}/recording} has a file to play (a
 * department must give {@code ?reason=} there).
 */
@RestController
class TicketLinksController {

    private final TicketService tickets;
    private final Actors actors;
    private final CallRecords calls;
    private final CallRecordings recordings;
    private final Contacts contacts;
    private final CitizenNotices notices;

    TicketLinksController(TicketService tickets, Actors actors, CallRecords calls, CallRecordings recordings,
                          Contacts contacts, CitizenNotices notices) {
        this.tickets = tickets;
        this.actors = actors;
        this.calls = calls;
        this.recordings = recordings;
        this.contacts = contacts;
        this.notices = notices;
    }

    @GetMapping("/api/tickets/{no}/links")
    @PreAuthorize("hasAnyRole('AGENT','DISPATCHER','DEPARTMENT','SUPERVISOR')")
    TicketLinks links(@PathVariable String no) {
        TicketNo ticketNo;
        try {
            ticketNo = TicketNo.parse(no);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a ticket number: expected JH + yyyyMMdd + 6 digits");
        }
        tickets.find(ticketNo, actors.current()).orElseThrow(() -> new TicketNotFoundException(ticketNo));
        String key = ticketNo.toString();
        return new TicketLinks(
            calls.ofTicket(key).stream().map(c -> new LinkedCall(c.callId(), c.enteredAt(), c.answeredAt(),
                c.endedAt(), c.agent(), c.waitSeconds(), c.talkSeconds(), c.disposition(), c.ivrChoice(),
                recordings.fileOf(c.callId()).isPresent())).toList(),
            contacts.ofTicket(key).stream().map(c -> new LinkedContact(c.id(), c.contactNo(), c.channel(),
                c.receivedAt(), c.status(), c.claimedBy(), c.respondedAt())).toList(),
            notices.ofTicket(key).stream().map(n -> new LinkedNotice(n.kind(), channelOf(n.recipient().kind()),
                n.recipient().masked(), n.status(), n.attempts(), n.createdAt(), n.sentAt(),
                n.key().endsWith(CitizenNotice.FALLBACK_SUFFIX))).toList());
    }

    /** The channel a notice to this kind of address leaves on: a phone gets an SMS. */
    private static ContactChannel channelOf(IdentityKind kind) {
        return switch (kind) {
            case PHONE -> ContactChannel.SMS;
            case EMAIL -> ContactChannel.EMAIL;
            case WECHAT -> ContactChannel.WECHAT;
        };
    }

    record TicketLinks(List<LinkedCall> calls, List<LinkedContact> contacts, List<LinkedNotice> notices) {
    }

    /** {@code status}: pending, sent or failed; {@code insteadOfOnline}: the SMS sent for a notice its channel lost. */
    record LinkedNotice(NoticeKind kind, ContactChannel channel, String recipient, String status, int attempts,
                        Instant createdAt, Instant sentAt, boolean insteadOfOnline) {
    }

    record LinkedCall(String callId, Instant enteredAt, Instant answeredAt, Instant endedAt, String agent,
                      int waitSeconds, int talkSeconds, Disposition disposition, IvrChoice ivrChoice,
                      boolean recording) {
    }

    record LinkedContact(long id, String contactNo, ContactChannel channel, Instant receivedAt, ContactStatus status,
                         String claimedBy, Instant respondedAt) {
    }
}
