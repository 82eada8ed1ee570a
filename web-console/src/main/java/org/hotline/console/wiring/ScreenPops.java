package org.hotline.console.wiring;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.knowledge.KnowledgeSearch;
import org.hotline.knowledge.SearchQuery;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.Citizen;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InvalidContactException;
import org.hotline.telephony.IvrChoice;
import org.hotline.workflow.PersonalData;
import org.hotline.workflow.Actor;
import org.hotline.workflow.CitizenHistory;
import org.hotline.workflow.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code CallAnswered} → a screen-pop on the answering agent's sockets: who calls, what the IVR choice was, the
 * caller's past tickets and calls, the caller's contacts over the other channels (when the number is linked to a
 * citizen profile), and knowledge-base entries to have on screen before the caller finishes the
 * first sentence. Only that agent receives it.
 */
@Component
class ScreenPops implements DisposableBean {

    static final int HISTORY_LIMIT = 5;
    static final int SUGGESTION_LIMIT = 5;
    private static final Logger log = LoggerFactory.getLogger(ScreenPops.class);

    private final PushHub hub;
    private final CitizenHistory history;
    private final CallRecords calls;
    private final KnowledgeSearch knowledge;
    private final Contacts contacts;
    private final ThreadPoolExecutor executor;

    ScreenPops(PushHub hub, CitizenHistory history, CallRecords calls, KnowledgeSearch knowledge, Contacts contacts,
               @Value("${hotline.screen-pop.threads:4}") int threads,
               @Value("${hotline.screen-pop.queue:2000}") int queue) {
        this.hub = hub;
        AtomicInteger counter = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue), task -> {
                Thread thread = new Thread(task, "screen-pop-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        this.history = history;
        this.calls = calls;
        this.knowledge = knowledge;
        this.contacts = contacts;
    }

    @EventListener
    void on(CallAnswered call) {
        if (call.agent() == null) {
            log.warn("call {} answered by an unknown agent: no screen-pop", call.callId());
            return;
        }
        // Off the AMI event thread: the next call's events must not wait for this call's look-ups.
        try {
            executor.execute(() -> {
                try {
                    pop(call);
                } catch (RuntimeException e) {
                    log.warn("screen-pop of call {} failed: {}", call.callId(), e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("screen-pop of call {} dropped: too many pops waiting", call.callId());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void pop(CallAnswered call) {
        Actor agent = new Actor(call.agent(), Actor.Role.AGENT, null);
        List<TicketView> pastTickets = call.callerNumber() == null ? List.of()
            : history.recentTickets(call.callerNumber(), HISTORY_LIMIT, agent);
        List<CallRecord> pastCalls = call.callerNumber() == null ? List.of()
            : calls.recentOf(call.callerNumber(), HISTORY_LIMIT + 1).stream()
                .filter(record -> !record.callId().equals(call.callId()))
                .limit(HISTORY_LIMIT)
                .toList();
        Optional<Citizen> citizen = citizenOf(call.callerNumber());

        hub.sendToUser(call.agent(), PushMessage.of(new ScreenPop(call.callId(), call.callerNumber(),
            call.callerName(), call.queue(), call.holdSeconds(),
            call.ivrChoice() == null ? null : call.ivrChoice().json(),
            pastTickets.stream().map(ScreenPop.PastTicket::of).toList(),
            pastCalls.stream().map(ScreenPop.PastCall::of).toList(),
            suggestions(call.ivrChoice(), pastTickets), citizen.map(Citizen::id).orElse(null),
            citizen.map(c -> c.contacts().stream()
                .filter(contact -> contact.channel() != ContactChannel.PHONE)
                .limit(HISTORY_LIMIT)
                .map(ScreenPop.OtherContact::of)
                .toList()).orElse(List.of()))));
    }

    private Optional<Citizen> citizenOf(String callerNumber) {
        if (callerNumber == null) {
            return Optional.empty();
        }
        CitizenIdentity phone;
        try {
            phone = CitizenIdentity.of(IdentityKind.PHONE, callerNumber, "callerNumber");
        } catch (InvalidContactException e) {
            // A withheld or internal number (anonymous, an extension) belongs to no profile.
            return Optional.empty();
        }
        return contacts.citizenOf(phone).flatMap(contacts::citizen);
    }

    private List<ScreenPop.SuggestedEntry> suggestions(IvrChoice choice, List<TicketView> pastTickets) {
        // The caller's latest open matter is the best guess of why they call again; otherwise the IVR menu choice.
        String text = pastTickets.stream()
            .filter(ticket -> ticket.closedAt() == null)
            .findFirst()
            .map(TicketView::content)
            .orElse(choice == null ? "" : ivrHint(choice));
        if (text.isBlank()) {
            return List.of();
        }
        return knowledge.search(new SearchQuery(PersonalData.mask(text), null, null, SUGGESTION_LIMIT,
                SearchQuery.SearchOrigin.TYPING))
            .hits().stream().map(ScreenPop.SuggestedEntry::of).toList();
    }

    private static String ivrHint(IvrChoice choice) {
        return switch (choice) {
            case CONSULTATION -> "怎么办理 需要什么材料";
            case COMPLAINT -> "投诉 举报";
            case TICKET_STATUS -> "工单 办理进度 查询";
            case AGENT -> "";
        };
    }
}
