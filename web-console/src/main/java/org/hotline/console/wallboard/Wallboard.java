package org.hotline.console.wallboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.hotline.console.security.DisplayNames;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AgentStatus;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.CallStats;
import org.hotline.telephony.LiveQueue;
import org.hotline.telephony.WaitingCalls;
import org.hotline.workflow.Actor;
import org.hotline.workflow.LiveTicketFigures;
import org.hotline.workflow.TicketAnalytics;
import org.springframework.stereotype.Component;

/**
 * Takes the wallboard's snapshot from what is kept current anyway: the queue's live state and the agent states
 * (Redis or memory), today's ticket rollup rows, the overdue and 督办 index ranges, and today's call figures, which
 * are read again only after a call event ({@link #callsChanged()}) or when the day changes. Thread-safe.
 */
@Component
public class Wallboard {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final LiveQueue queue;
    private final AgentStates agents;
    private final CallRecords calls;
    private final TicketAnalytics analytics;
    private final DisplayNames names;
    private final Clock clock;

    private final Object callsLock = new Object();
    private CallStats todaysCalls;
    private LocalDate callsDay;
    private boolean callsStale = true;
    private Instant callsReadAt = Instant.EPOCH;

    Wallboard(LiveQueue queue, AgentStates agents, CallRecords calls, TicketAnalytics analytics, DisplayNames names) {
        this.queue = queue;
        this.agents = agents;
        this.calls = calls;
        this.analytics = analytics;
        this.names = names;
        this.clock = Clock.systemUTC();
    }

    /** A call was queued, answered, abandoned, dropped or ended: today's call figures are read again next time. */
    void callsChanged() {
        synchronized (callsLock) {
            callsStale = true;
        }
    }

    /** @return the wallboard now */
    public WallboardSnapshot snapshot() {
        Instant now = clock.instant();
        WaitingCalls waiting = queue.waiting();
        CallStats today = todaysCalls(now);
        long toAnswer = today.offered() - today.shortAbandoned();
        WallboardSnapshot.Calls callFigures = new WallboardSnapshot.Calls(waiting.count(),
            waiting.oldestSince() == null ? 0 : Math.max(0, Duration.between(waiting.oldestSince(), now).toSeconds()),
            today.offered(), today.answered(), today.answeredWithin15s(),
            toAnswer > 0 ? round((double) today.answeredWithin15s() / toAnswer) : null, today.abandoned(),
            toAnswer > 0 ? round((double) today.abandoned() / toAnswer) : null);

        long ready = 0;
        long talking = 0;
        long wrapUp = 0;
        long paused = 0;
        long offline = 0;
        List<WallboardSnapshot.Agent> list = new ArrayList<>();
        for (AgentStatus status : agents.all()) {
            String state = switch (status.state()) {
                case READY -> "READY";
                case RINGING, TALKING -> "TALKING";
                case WRAP_UP -> "WRAP_UP";
                case PAUSED -> "PAUSED";
                case OFFLINE -> "OFFLINE";
            };
            switch (state) {
                case "READY" -> ready++;
                case "TALKING" -> talking++;
                case "WRAP_UP" -> wrapUp++;
                case "PAUSED" -> paused++;
                default -> offline++;
            }
            list.add(new WallboardSnapshot.Agent(status.agent(), names.of(status.agent()), state,
                status.state() == AgentState.PAUSED ? status.pauseReason() : null, status.since()));
        }

        LiveTicketFigures tickets = analytics.live(Actor.system());
        return new WallboardSnapshot(now, callFigures,
            new WallboardSnapshot.Agents(ready, talking, wrapUp, paused, offline, list),
            new WallboardSnapshot.Tickets(tickets.registeredToday(), tickets.byChannel(), tickets.overdueNow(),
                tickets.escalatedNow()));
    }

    private CallStats todaysCalls(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, CHINA);
        synchronized (callsLock) {
            // Also re-read after a second: a call event may arrive before the call's record is written, and the
            // board must not keep the older figures until the next call.
            if (callsStale || todaysCalls == null || !day.equals(callsDay)
                    || now.isAfter(callsReadAt.plusSeconds(1))) {
                callsStale = false;
                callsDay = day;
                callsReadAt = now;
                todaysCalls = calls.stats(day.atStartOfDay(CHINA).toInstant(), now);
            }
            return todaysCalls;
        }
    }

    private static double round(double rate) {
        return Math.round(rate * 10_000) / 10_000.0;
    }
}
