package org.hotline.workflow.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hotline.workflow.Card;
import org.hotline.workflow.CardIssued;
import org.hotline.workflow.DeadlineKind;
import org.hotline.workflow.Escalation;
import org.hotline.workflow.EscalationAnswered;
import org.hotline.workflow.EscalationAudience;
import org.hotline.workflow.EscalationLevel;
import org.hotline.workflow.EscalationLevelRaised;
import org.hotline.workflow.EscalationLevelSetting;
import org.hotline.workflow.EscalationReason;
import org.hotline.workflow.EscalationStatus;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.LevelTrigger;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes 督办 chains: their rows, their {@code ticketEscalation} instance and their events. The caller holds the
 * ticket's row lock, audits and decides whether the step is allowed (see {@code ticket.TicketEscalations}); every
 * method joins the caller's transaction. Internal to the workflow module; thread-safe.
 */
@Component
public class EscalationChains {
    private final EscalationMapper mapper;
    private final EscalationProcess process;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final List<EscalationLevelSetting> levels;

    EscalationChains(EscalationMapper mapper, EscalationProcess process, WorkingCalendar calendar,
            ApplicationEventPublisher events, EscalationProperties properties) {
        this.mapper = mapper;
        this.process = process;
        this.calendar = calendar;
        this.events = events;
        this.levels = properties.settings();
    }

    /** A level just issued, for the caller's audit note. */
    public record Issued(long escalationId, EscalationLevelSetting setting, Instant feedbackDueAt) {

        /** @return e.g. {@code 督办 level 2 二级督办（黄牌） (yellow card), feedback due 2026-12-09T02:00:00Z} */
        public String describe() {
            return "督办 level " + setting.level() + " " + setting.name()
                    + (setting.card() == Card.NONE ? "" : " (" + setting.card().jsonValue() + " card)")
                    + ", feedback due " + feedbackDueAt;
        }
    }

    /** @return the configured levels, lowest first */
    public List<EscalationLevelSetting> levels() {
        return levels;
    }

    /**
     * @return the requested level, or {@code fallback} when none was requested
     * @throws InvalidTicketException when the level is not configured
     */
    public int level(Integer requested, int fallback) {
        int level = requested == null ? fallback : requested;
        if (level < 1 || level > levels.size()) {
            throw new InvalidTicketException(Map.of("level", "must be between 1 and " + levels.size()));
        }
        return level;
    }

    /** @return the ticket's open or overdue chain against the department, if any */
    public Optional<EscalationRow> unanswered(String ticketNo, String departmentCode) {
        return mapper.findUnanswered(ticketNo, departmentCode).stream().findFirst();
    }

    /** @return the departments that owe feedback on the ticket: those with an open or overdue chain */
    public Set<String> owingFeedback(String ticketNo) {
        return mapper.findUnanswered(ticketNo, null).stream().map(EscalationRow::departmentCode)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** Starts a chain at {@code level}; publishes {@link EscalationLevelRaised} and, for a carded level, {@link CardIssued}. */
    public Issued start(TicketNo no, String departmentCode, int level, EscalationReason reason, DeadlineKind kind,
            String by, Instant now) {
        EscalationRow chain = new EscalationRow();
        chain.ticketNo = no.toString();
        chain.departmentCode = departmentCode;
        chain.reason = reason;
        chain.deadlineKind = kind;
        chain.startedBy = by;
        chain.startedAt = now;
        chain.status = EscalationStatus.OPEN;
        chain.currentLevel = level;
        chain.feedbackDueAt = dueFrom(level, now);
        mapper.insertChain(chain);
        Issued issued = issue(chain, level, reason == EscalationReason.MANUAL ? LevelTrigger.SUPERVISOR
                : LevelTrigger.DEADLINE, by, now);
        chain.processInstanceId = process.start(chain);
        mapper.updateChain(chain);
        return issued;
    }

    /** Raises an open chain to a higher level by hand; its running window is replaced by the new level's. */
    public Issued raiseByHand(EscalationRow chain, int level, String by, Instant now) {
        Issued issued = issue(chain, level, LevelTrigger.SUPERVISOR, by, now);
        mapper.updateChain(chain);
        process.raisedByHand(chain);
        return issued;
    }

    /** A level whose window passed unanswered. */
    public record Missed(int level, Instant feedbackDueAt, boolean nextLevelFollows) {
    }

    /**
     * The current level's window passed unanswered: marks it missed and, after the last level, the chain overdue.
     *
     * @return what was missed, or null when the chain is no longer open
     */
    public Missed missFeedback(long escalationId, Instant now) {
        EscalationRow chain = mapper.findChain(escalationId);
        if (chain == null || chain.status != EscalationStatus.OPEN) {
            return null;
        }
        LevelRow current = mapper.findLevel(escalationId, chain.currentLevel);
        current.missedAt = now;
        mapper.updateLevel(current);
        boolean next = chain.currentLevel < levels.size();
        if (!next) {
            chain.status = EscalationStatus.OVERDUE;
            mapper.updateChain(chain);
        }
        return new Missed(chain.currentLevel, current.feedbackDueAt, next);
    }

    /** Issues the next level after a missed window. */
    public Issued raiseNext(long escalationId, Instant now) {
        EscalationRow chain = mapper.findChain(escalationId);
        Issued issued = issue(chain, chain.currentLevel + 1, LevelTrigger.NO_FEEDBACK, "system", now);
        mapper.updateChain(chain);
        return issued;
    }

    /**
     * The department answers the chain's current level; the chain stops. Publishes {@link EscalationAnswered}.
     *
     * @return the event published
     */
    public EscalationAnswered answer(EscalationRow chain, String by, String text, Instant now) {
        LevelRow current = mapper.findLevel(chain.id, chain.currentLevel);
        current.answeredAt = now;
        current.answeredBy = by;
        current.feedback = text;
        mapper.updateLevel(current);
        boolean running = chain.status == EscalationStatus.OPEN;
        chain.status = EscalationStatus.ANSWERED;
        chain.endedAt = now;
        mapper.updateChain(chain);
        if (running) {
            process.answered(chain);
        }
        EscalationAnswered answered = new EscalationAnswered(TicketNo.parse(chain.ticketNo), chain.id,
                chain.departmentCode, chain.currentLevel, !now.isAfter(current.feedbackDueAt), by, now);
        events.publishEvent(answered);
        return answered;
    }

    /** The ticket closed or was merged: its unanswered chains end. */
    public void endWithTicket(String ticketNo, Instant now) {
        for (EscalationRow chain : mapper.findUnanswered(ticketNo, null)) {
            end(chain, now);
        }
    }

    private void end(EscalationRow chain, Instant now) {
        boolean running = chain.status == EscalationStatus.OPEN;
        chain.status = EscalationStatus.ENDED;
        chain.endedAt = now;
        mapper.updateChain(chain);
        if (running) {
            process.endedWithTicket(chain);
        }
    }

    /**
     * The chains of many tickets at once, for lists of tickets: two queries whatever the number of tickets.
     *
     * @return per ticket number, its chains (every ticket asked for has an entry, empty without chains)
     */
    public Map<String, TicketChains> ofTickets(List<String> ticketNos) {
        Map<String, TicketChains> byTicket = new LinkedHashMap<>();
        ticketNos.forEach(no -> byTicket.put(no, new TicketChains(List.of(), Map.of())));
        if (ticketNos.isEmpty()) {
            return byTicket;
        }
        List<EscalationRow> chains = mapper.findByTickets(ticketNos);
        Map<Long, List<LevelRow>> levels = levelsOf(chains);
        Map<String, List<EscalationRow>> grouped = new LinkedHashMap<>();
        chains.forEach(c -> grouped.computeIfAbsent(c.ticketNo, no -> new ArrayList<>()).add(c));
        grouped.forEach((no, rows) -> byTicket.put(no, new TicketChains(rows, levels)));
        return byTicket;
    }

    /** One ticket's chains as {@link #ofTickets} read them. */
    public final class TicketChains {
        private final List<EscalationRow> chains;
        private final Map<Long, List<LevelRow>> levels;

        private TicketChains(List<EscalationRow> chains, Map<Long, List<LevelRow>> levels) {
            this.chains = chains;
            this.levels = levels;
        }

        /** @return as {@link EscalationChains#owingFeedback(String)} */
        public Set<String> owingFeedback() {
            return chains.stream().filter(c -> c.status == EscalationStatus.OPEN
                            || c.status == EscalationStatus.OVERDUE).map(EscalationRow::departmentCode)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }

        /** @return the ticket's chains, oldest first, each level's feedback passed through {@code maskFeedback} */
        public List<Escalation> views(UnaryOperator<String> maskFeedback) {
            return EscalationChains.this.views(chains, maskFeedback, levels);
        }
    }

    List<Escalation> views(List<EscalationRow> chains, UnaryOperator<String> maskFeedback) {
        return views(chains, maskFeedback, levelsOf(chains));
    }

    /** The levels of these chains in one query, by chain id, each chain's in level order. */
    private Map<Long, List<LevelRow>> levelsOf(List<EscalationRow> chains) {
        Map<Long, List<LevelRow>> levels = new LinkedHashMap<>();
        if (!chains.isEmpty()) {
            for (LevelRow row : mapper.findLevels(chains.stream().map(c -> c.id).toList())) {
                levels.computeIfAbsent(row.escalationId, id -> new ArrayList<>()).add(row);
            }
        }
        return levels;
    }

    private List<Escalation> views(List<EscalationRow> chains, UnaryOperator<String> maskFeedback,
            Map<Long, List<LevelRow>> levels) {
        Map<Long, List<EscalationLevel>> levelsByChain = new LinkedHashMap<>();
        for (LevelRow row : chains.stream().flatMap(c -> levels.getOrDefault(c.id, List.of()).stream()).toList()) {
            levelsByChain.computeIfAbsent(row.escalationId, id -> new ArrayList<>()).add(new EscalationLevel(
                    row.level, row.name, audience(row.notify), row.card, row.trigger, row.raisedBy, row.issuedAt,
                    row.feedbackDueAt, row.missedAt, row.answeredAt, row.answeredBy,
                    row.feedback == null ? null : maskFeedback.apply(row.feedback)));
        }
        return chains.stream().map(c -> new Escalation(c.id, TicketNo.parse(c.ticketNo), c.departmentCode, c.reason,
                c.deadlineKind, c.startedBy, c.startedAt, c.status, c.currentLevel, c.feedbackDueAt, c.endedAt,
                levelsByChain.getOrDefault(c.id, List.of()))).toList();
    }

    private Issued issue(EscalationRow chain, int level, LevelTrigger trigger, String by, Instant now) {
        EscalationLevelSetting setting = levels.get(level - 1);
        LevelRow row = new LevelRow();
        row.escalationId = chain.id;
        row.level = level;
        row.ticketNo = chain.ticketNo;
        row.departmentCode = chain.departmentCode;
        row.name = setting.name();
        row.notify = setting.addressees().stream().map(EscalationAudience::jsonValue).sorted()
                .collect(Collectors.joining(","));
        row.card = setting.card();
        row.trigger = trigger;
        row.raisedBy = by;
        row.issuedAt = now;
        row.feedbackDueAt = dueFrom(level, now);
        mapper.insertLevel(row);
        chain.currentLevel = level;
        chain.feedbackDueAt = row.feedbackDueAt;
        TicketNo no = TicketNo.parse(chain.ticketNo);
        events.publishEvent(new EscalationLevelRaised(no, chain.id, chain.departmentCode, level, setting.addressees(),
                setting.card(), trigger, by, row.feedbackDueAt, now));
        if (setting.card() != Card.NONE) {
            events.publishEvent(new CardIssued(no, chain.id, chain.departmentCode, level, setting.card(), now));
        }
        return new Issued(chain.id, setting, row.feedbackDueAt);
    }

    private Instant dueFrom(int level, Instant now) {
        return calendar.addWorkingDays(now, levels.get(level - 1).feedbackWorkingDays());
    }

    private static Set<EscalationAudience> audience(String words) {
        Set<EscalationAudience> set = EnumSet.noneOf(EscalationAudience.class);
        if (words != null && !words.isBlank()) {
            Arrays.stream(words.split(",")).map(EscalationAudience::fromJson).forEach(set::add);
        }
        return set;
    }
}
