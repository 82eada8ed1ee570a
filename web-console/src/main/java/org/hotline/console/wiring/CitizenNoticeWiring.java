package org.hotline.console.wiring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.CitizenNotices;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactAnswered;
import org.hotline.telephony.ContactTicketRegistered;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InvalidContactException;
import org.hotline.telephony.NoticeKind;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Closure;
import org.hotline.workflow.MergedTicketClosed;
import org.hotline.workflow.TicketClosed;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketRegistered;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.TimelineEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Workflow and contact events → notices to the citizen in the telephony outbox, written in the transaction of the
 * change (so a rolled-back change tells nobody) and sent after commit on the citizen's channel: the ticket number at
 * registration, the agent's direct answer, the closing notice with the published reply to every reporter, and the
 * merge notice to the reporter of a merged duplicate. A citizen who wrote by e-mail or WeChat is told there and only
 * there, with the ticket's phone as the SMS fallback for when that channel cannot carry the notice (WeChat takes no
 * message 48 hours after the citizen last wrote); a citizen who phoned, or whose ticket an agent typed in, is told by
 * SMS. Confidential tickets (举报人保密) get no notice at all: a text on a shared phone could reveal the reporter. A
 * closing ticket also closes the contacts it came from.
 */
@Component
class CitizenNoticeWiring {

    private static final Logger log = LoggerFactory.getLogger(CitizenNoticeWiring.class);
    private static final String SIGNATURE = "【12345热线】";

    private final CitizenNotices notices;
    private final TicketService tickets;
    private final Contacts contacts;

    CitizenNoticeWiring(CitizenNotices notices, TicketService tickets, Contacts contacts) {
        this.notices = notices;
        this.tickets = tickets;
        this.contacts = contacts;
    }

    /**
     * The number by SMS, unless the ticket came from an e-mail or WeChat contact (told there, see below). Decided
     * just before commit: a ticket registered from a contact is recorded on the contact after it is registered.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TicketRegistered event) {
        if (event.citizenPhone() == null || isConfidential(event.no()) || !onlineAddresses(event.no()).isEmpty()) {
            return;
        }
        enqueue(key("registered", event.no().toString()), NoticeKind.TICKET_REGISTERED, phone(event.citizenPhone()),
            SIGNATURE + "您反映的诉求已受理，工单号" + event.no() + "。可凭工单号和手机尾号在网站查询办理进度。", event.no(), null);
    }

    /** A citizen who wrote by e-mail or WeChat gets the number there; phones get it from {@link TicketRegistered}. */
    @EventListener
    void on(ContactTicketRegistered event) {
        if (event.identity().kind() == IdentityKind.PHONE) {
            return;
        }
        TicketNo no;
        try {
            no = TicketNo.parse(event.ticketNo());
        } catch (IllegalArgumentException e) {
            return;
        }
        notifiable(no).ifPresent(ticket -> enqueue(key("registered", no.toString(), event.contactNo()),
            NoticeKind.TICKET_REGISTERED, event.identity(),
            SIGNATURE + "您的来件" + event.contactNo() + "已受理，工单号" + no + "。办结后我们会在此告知您。", no,
            phone(ticket.citizenPhone())));
    }

    @EventListener
    void on(ContactAnswered event) {
        enqueue(key("answer", event.contactNo()), NoticeKind.DIRECT_ANSWER, event.identity(),
            SIGNATURE + "关于您的来件" + event.contactNo() + "：" + event.answer(), null, null);
    }

    @EventListener
    void on(TicketClosed event) {
        contacts.ticketClosed(event.no().toString());
        if (event.closure() == Closure.DIRECT_ANSWER || event.closure() == Closure.MERGED) {
            return;
        }
        Optional<TicketView> ticket = notifiable(event.no());
        if (ticket.isEmpty()) {
            return;
        }
        String reply = publishedReply(event.no()).map(text -> "答复：" + text).orElse("");
        String text = SIGNATURE + "您反映的工单" + event.no() + "已办结。" + reply;
        List<CitizenIdentity> online = onlineAddresses(event.no());
        // The reporter who wrote online is told there; the phones of the tickets merged into this one by SMS.
        String toldOnline = online.isEmpty() ? null : ticket.get().citizenPhone();
        for (String phone : event.citizenPhones()) {
            if (!phone.equals(toldOnline)) {
                enqueue(key("closed", event.no().toString(), phone), NoticeKind.TICKET_CLOSED, phone(phone), text,
                    event.no(), null);
            }
        }
        for (CitizenIdentity address : online) {
            enqueue(key("closed", event.no().toString(), address.value()), NoticeKind.TICKET_CLOSED, address, text,
                event.no(), phone(toldOnline));
        }
    }

    @EventListener
    void on(MergedTicketClosed event) {
        contacts.ticketClosed(event.duplicateNo().toString());
        if (isConfidential(event.duplicateNo()) || isConfidential(event.mainNo())) {
            return;
        }
        String text = SIGNATURE + "您反映的工单" + event.duplicateNo() + "与同一问题的工单" + event.mainNo()
            + "合并办理，现已办结。";
        List<CitizenIdentity> online = onlineAddresses(event.duplicateNo());
        if (online.isEmpty()) {
            enqueue(key("merged", event.duplicateNo().toString()), NoticeKind.MERGED_CLOSED,
                phone(event.citizenPhone()), text, event.duplicateNo(), null);
        }
        for (CitizenIdentity address : online) {
            enqueue(key("merged", event.duplicateNo().toString(), address.value()), NoticeKind.MERGED_CLOSED,
                address, text, event.duplicateNo(), phone(event.citizenPhone()));
        }
    }

    /** The e-mail and WeChat addresses of the contacts a ticket was registered from (phones come with the event). */
    private List<CitizenIdentity> onlineAddresses(TicketNo no) {
        return contacts.ofTicket(no.toString()).stream().map(Contact::identity)
            .filter(identity -> identity.kind() != IdentityKind.PHONE).distinct().toList();
    }

    /**
     * The parts joined by colons; an address too long for a key (an e-mail address can have 254 characters) is
     * replaced by its SHA-256, which keeps the key as unique.
     */
    static String key(String... parts) {
        String key = String.join(":", parts);
        if (key.length() <= CitizenNotice.MAX_KEY) {
            return key;
        }
        String last = parts[parts.length - 1];
        String digest = HexFormat.of().formatHex(sha256(last));
        return key.substring(0, key.length() - last.length()) + digest;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void enqueue(String key, NoticeKind kind, CitizenIdentity recipient, String text, TicketNo ticketNo,
                         CitizenIdentity fallback) {
        if (recipient == null) {
            return;
        }
        notices.enqueue(new CitizenNotice(key, kind, recipient, text, ticketNo == null ? null : ticketNo.toString(),
            fallback));
    }

    /** A mainland phone as a notice's recipient, or null (none, or not a number SMS can reach). */
    private static CitizenIdentity phone(String phone) {
        if (phone == null) {
            return null;
        }
        try {
            return CitizenIdentity.of(IdentityKind.PHONE, phone, "phone");
        } catch (InvalidContactException e) {
            log.info("no notice by SMS: the phone is not a mainland number");
            return null;
        }
    }

    private boolean isConfidential(TicketNo no) {
        return notifiable(no).isEmpty();
    }

    /** The ticket as the system sees it (the phone in clear), unless it is confidential or gone. */
    private Optional<TicketView> notifiable(TicketNo no) {
        return tickets.find(no, Actor.system()).filter(ticket -> !ticket.confidential());
    }

    private Optional<String> publishedReply(TicketNo no) {
        List<TimelineEntry> timeline = tickets.timeline(no, Actor.system());
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if ("reply".equals(timeline.get(i).action()) && timeline.get(i).note() != null) {
                return Optional.of(timeline.get(i).note());
            }
        }
        return Optional.empty();
    }
}
