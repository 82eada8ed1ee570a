package org.hotline.workflow.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Actor.Role;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.OverdueTicket;
import org.hotline.workflow.RevealField;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketNotFoundException;
import org.hotline.workflow.TicketPage;
import org.hotline.workflow.TicketQuery;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.TimelineEntry;
import org.hotline.workflow.Validation;
import org.hotline.workflow.escalation.EscalationChains;
import org.hotline.workflow.VoidedTicketNumber;
import org.springframework.stereotype.Component;

/** Reading tickets as an actor may see them, and the audited reveal of a masked value. Thread-safe. */
@Component
class TicketReads {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9０-９]+");
    private final TicketMapper tickets;
    private final TicketDetailMapper details;
    private final TicketViews views;
    private final TicketTransitions steps;
    private final EngineClock clock;
    private final EscalationChains escalations;

    TicketReads(TicketMapper tickets, TicketDetailMapper details, TicketViews views, TicketTransitions steps,
            EngineClock clock, EscalationChains escalations) {
        this.escalations = escalations;
        this.tickets = tickets;
        this.details = details;
        this.views = views;
        this.steps = steps;
        this.clock = clock;
    }

    Optional<TicketView> find(TicketNo no, Actor actor) {
        TicketRow t = tickets.find(no.toString());
        if (t == null) {
            return Optional.empty();
        }
        List<CoHandlerRow> coHandlers = details.findCoHandlers(t.ticketNo);
        if (!TicketViews.visible(t, coHandlers, actor)) {
            return Optional.empty();
        }
        return Optional.of(views.view(t, coHandlers, actor, clock.now()));
    }

    List<TicketView> findAll(List<TicketNo> numbers, Actor actor) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, TicketRow> byNo = new HashMap<>();
        for (TicketRow row : tickets.findAll(numbers.stream().map(TicketNo::toString).distinct().toList())) {
            byNo.put(row.ticketNo, row);
        }
        List<TicketRow> rows = new ArrayList<>();
        for (TicketNo no : numbers) {
            TicketRow row = byNo.get(no.toString());
            if (row != null) {
                rows.add(row);
            }
        }
        return views(rows, actor, clock.now(), true);
    }

    List<OverdueTicket> overdueNow(int limit, Actor actor) {
        if (limit < 1 || limit > TicketService.MAX_LIST) {
            throw new InvalidTicketException(Map.of("limit", "1.." + TicketService.MAX_LIST));
        }
        TicketSearch c = criteria(new TicketQuery(null, null, true, 0, 1), actor);
        c.limit = limit;
        c.offset = 0;
        return tickets.searchOverdue(c).stream().map(r -> new OverdueTicket(TicketNo.parse(r.ticketNo()),
                r.status(), r.registeredAt(), r.categoryCode(), r.districtCode(), r.departmentCode(), r.signDueAt(),
                r.handleDueAt(), r.escalationCount())).toList();
    }

    TicketPage search(TicketQuery query, Actor actor) {
        query.validate();
        TicketSearch c = criteria(query, actor);
        List<TicketRow> rows = tickets.search(c);
        long total = tickets.count(c);
        return new TicketPage(views(rows, actor, c.now, false), query.page(), query.size(), total);
    }

    /** The rows as the actor sees them, with their co-handlers and 督办 chains read in one query each. */
    private List<TicketView> views(List<TicketRow> rows, Actor actor, Instant now, boolean onlyVisible) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> numbers = rows.stream().map(r -> r.ticketNo).toList();
        Map<String, List<CoHandlerRow>> coHandlers = new HashMap<>();
        for (TicketDetailMapper.CoHandlerOfTicket co : details.findCoHandlersOf(numbers)) {
            coHandlers.computeIfAbsent(co.ticketNo(), no -> new ArrayList<>()).add(co.coHandler());
        }
        List<TicketRow> shown = rows.stream().filter(r -> !onlyVisible
                || TicketViews.visible(r, coHandlers.getOrDefault(r.ticketNo, List.of()), actor)).toList();
        Map<String, EscalationChains.TicketChains> chains = escalations.ofTickets(
                shown.stream().map(r -> r.ticketNo).distinct().toList());
        List<TicketView> items = new ArrayList<>(shown.size());
        for (TicketRow row : shown) {
            items.add(views.view(row, coHandlers.getOrDefault(row.ticketNo, List.of()), actor, now,
                    chains.get(row.ticketNo)));
        }
        return items;
    }

    /** The query scoped to what the actor may search: its own department, its own registrations, no hidden values. */
    private TicketSearch criteria(TicketQuery query, Actor actor) {
        TicketSearch c = new TicketSearch();
        c.departmentScoped = actor.role() == Role.DEPARTMENT;
        c.departmentCode = c.departmentScoped ? actor.departmentCode() : query.departmentCode();
        c.status = query.status();
        c.overdue = query.overdue();
        c.now = clock.now();
        if (query.registeredBy() != null && !query.registeredBy().equals(actor.username())
                && actor.role() != Role.DISPATCHER && actor.role() != Role.SUPERVISOR) {
            throw new ActionNotPermittedException("search-others-registrations", actor.role());
        }
        c.registeredBy = query.registeredBy();
        c.registeredFrom = query.from() == null ? null : query.from().atStartOfDay(CHINA).toInstant();
        c.registeredBefore = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(CHINA).toInstant();
        c.categoryCode = query.categoryCode();
        c.districtCode = query.districtCode();
        c.channel = query.channel();
        List<String> likes = new ArrayList<>();
        for (String word : query.wordList()) {
            // A department reads no phone or ID number; an ID number is masked for all but its registering agent.
            int longestDigits = DIGIT_RUN.matcher(word).results().mapToInt(m -> m.group().length()).max().orElse(0);
            if (longestDigits >= (c.departmentScoped ? 5 : 15)) {
                throw new InvalidTicketException(Map.of("q", "may not search for phone or ID numbers"));
            }
            likes.add("%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        c.likes = likes;
        if (query.phone() != null) {
            if (c.departmentScoped) {
                throw new ActionNotPermittedException("search-by-phone", actor.role());
            }
            String phone = query.phone().strip();
            c.phones = List.of(phone, phone.replace("-", ""));
            c.confidentialOnlyOf = actor.role() == Role.AGENT ? actor.username() : null;
        }
        c.byDeadline = query.sort() == TicketQuery.Sort.DEADLINE;
        c.limit = query.size();
        c.offset = (long) query.page() * query.size();
        return c;
    }

    List<TimelineEntry> timeline(TicketNo no, Actor actor) {
        TicketRow t = tickets.find(no.toString());
        if (t == null || !TicketViews.visible(t, details.findCoHandlers(t.ticketNo), actor)) {
            throw new TicketNotFoundException(no);
        }
        return details.findAudit(t.ticketNo).stream().map(e -> views.mask(t, e, actor)).toList();
    }

    List<VoidedTicketNumber> voidedNumbers(LocalDate day, Actor actor) {
        if (actor.role() != Role.SUPERVISOR && actor.role() != Role.ADMIN) {
            throw new ActionNotPermittedException("voided-numbers", actor.role());
        }
        return tickets.findVoidedNumbers(day).stream()
                .map(row -> new VoidedTicketNumber(new TicketNo(day, row.sequence()), row.reason(), row.recordedAt()))
                .toList();
    }

    String reveal(TicketNo no, RevealField field, String reason, Actor actor) {
        if (field == null) {
            throw new InvalidTicketException(Map.of("field", "required"));
        }
        String why = Validation.optionalText("reason", reason, 200);
        Transition step = steps.begin(no, actor, TicketAction.REVEAL);
        boolean phone = field == RevealField.CITIZEN_PHONE;
        step.auditAs(phone ? "reveal-phone" : "reveal-content").log(phone ? "phone" : "content").finish(why);
        return phone ? step.ticket().citizenPhone : step.ticket().content;
    }
}
