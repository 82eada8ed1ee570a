package org.hotline.console.wiring;

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
import org.springframework.stereotype.Component;

/**
 * Workflow and contact events → notices to the citizen in the telephony outbox, written in the transaction of the
 * change (so a rolled-back change tells nobody) and sent after commit on the citizen's channel (SMS to phones,
 * e-mail and WeChat to the addresses of the contacts a ticket came from): the ticket number at registration, the
 * agent's direct answer, the closing notice with the published reply to every reporter, and the merge notice to
 * the reporter of a merged duplicate. Confidential tickets (举报人保密) get no notice at all: a text on a shared phone
 * could reveal the reporter. A closing ticket also closes the contacts it came from.
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

    @EventListener
    void on(TicketRegistered event) {
        if (event.citizenPhone() == null || isConfidential(event.no())) {
            return;
        }
        enqueue("registered:" + event.no(), NoticeKind.TICKET_REGISTERED, event.citizenPhone(),
            SIGNATURE + "您反映的诉求已受理，工单号" + event.no() + "。可凭工单号和手机尾号在网站查询办理进度。", event.no());
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
        if (!isConfidential(no)) {
            enqueue("registered:" + no + ":" + event.contactNo(), NoticeKind.TICKET_REGISTERED, event.identity(),
                SIGNATURE + "您的来件" + event.contactNo() + "已受理，工单号" + no + "。办结后我们会在此告知您。", no);
        }
    }

    @EventListener
    void on(ContactAnswered event) {
        enqueue("answer:" + event.contactNo(), NoticeKind.DIRECT_ANSWER, event.identity(),
            SIGNATURE + "关于您的来件" + event.contactNo() + "：" + event.answer(), null);
    }

    @EventListener
    void on(TicketClosed event) {
        contacts.ticketClosed(event.no().toString());
        if (event.closure() == Closure.DIRECT_ANSWER || event.closure() == Closure.MERGED
                || isConfidential(event.no())) {
            return;
        }
        String reply = publishedReply(event.no()).map(text -> "答复：" + text).orElse("");
        String text = SIGNATURE + "您反映的工单" + event.no() + "已办结。" + reply;
        for (String phone : event.citizenPhones()) {
            enqueue("closed:" + event.no() + ":" + phone, NoticeKind.TICKET_CLOSED, phone, text, event.no());
        }
        for (CitizenIdentity online : onlineAddresses(event.no())) {
            enqueue("closed:" + event.no() + ":" + online.value(), NoticeKind.TICKET_CLOSED, online, text, event.no());
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
        enqueue("merged:" + event.duplicateNo(), NoticeKind.MERGED_CLOSED, event.citizenPhone(), text,
            event.duplicateNo());
        for (CitizenIdentity online : onlineAddresses(event.duplicateNo())) {
            enqueue("merged:" + event.duplicateNo() + ":" + online.value(), NoticeKind.MERGED_CLOSED, online, text,
                event.duplicateNo());
        }
    }

    /** The e-mail and WeChat addresses of the contacts a ticket was registered from (phones come with the event). */
    private List<CitizenIdentity> onlineAddresses(TicketNo no) {
        return contacts.ofTicket(no.toString()).stream().map(Contact::identity)
            .filter(identity -> identity.kind() != IdentityKind.PHONE).distinct().toList();
    }

    private void enqueue(String key, NoticeKind kind, CitizenIdentity recipient, String text, TicketNo ticketNo) {
        notices.enqueue(new CitizenNotice(key, kind, recipient, text, ticketNo == null ? null : ticketNo.toString()));
    }

    private void enqueue(String key, NoticeKind kind, String phone, String text, TicketNo ticketNo) {
        if (phone == null) {
            return;
        }
        CitizenIdentity recipient;
        try {
            recipient = CitizenIdentity.of(IdentityKind.PHONE, phone, "phone");
        } catch (InvalidContactException e) {
            log.info("{} notice {} not queued: the phone is not a mainland number", kind, key);
            return;
        }
        enqueue(key, kind, recipient, text, ticketNo);
    }

    private boolean isConfidential(TicketNo no) {
        return tickets.find(no, Actor.system()).map(TicketView::confidential).orElse(true);
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
