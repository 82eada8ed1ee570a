package org.hotline.workflow.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Actor.Role;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.RevealField;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketNotFoundException;
import org.hotline.workflow.TicketPage;
import org.hotline.workflow.TicketQuery;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.TimelineEntry;
import org.hotline.workflow.VoidedTicketNumber;
import org.springframework.stereotype.Component;

/** Reading tickets as an actor may see them, and the audited reveal of a masked value. Thread-safe. */
@Component
class TicketReads {
    private final TicketMapper tickets;
    private final TicketDetailMapper details;
    private final TicketViews views;
    private final TicketTransitions steps;
    private final EngineClock clock;

    TicketReads(TicketMapper tickets, TicketDetailMapper details, TicketViews views, TicketTransitions steps,
            EngineClock clock) {
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

    TicketPage search(TicketQuery query, Actor actor) {
        query.validate();
        boolean scoped = actor.role() == Role.DEPARTMENT;
        String department = scoped ? actor.departmentCode() : query.departmentCode();
        Instant now = clock.now();
        List<TicketRow> rows = tickets.search(query.status(), department, scoped, query.overdue(), now, query.size(),
                (long) query.page() * query.size());
        long total = tickets.count(query.status(), department, scoped, query.overdue(), now);
        List<TicketView> items = new ArrayList<>();
        for (TicketRow row : rows) {
            items.add(views.view(row, details.findCoHandlers(row.ticketNo), actor, now));
        }
        return new TicketPage(items, query.page(), query.size(), total);
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

    String reveal(TicketNo no, RevealField field, Actor actor) {
        if (field == null) {
            throw new InvalidTicketException(Map.of("field", "required"));
        }
        Transition step = steps.begin(no, actor, TicketAction.REVEAL);
        boolean phone = field == RevealField.CITIZEN_PHONE;
        step.auditAs(phone ? "reveal-phone" : "reveal-content").log(phone ? "phone" : "content").finish(null);
        return phone ? step.ticket().citizenPhone : step.ticket().content;
    }
}
