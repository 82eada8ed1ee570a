package org.hotline.workflow.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Actor.Role;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.Surge;
import org.hotline.workflow.SurgeDetected;
import org.hotline.workflow.SurgeReport;
import org.hotline.workflow.TicketRegistered;
import org.hotline.workflow.TicketSurges;
import org.hotline.workflow.ticket.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts registrations per hour × category × district in the registration's transaction, and after it commits
 * checks the hour against the same hour of day over the reference days; lists the surges stored.
 */
@Service
class Surges implements TicketSurges {
    private static final Logger log = LoggerFactory.getLogger(Surges.class);
    private static final Duration HOUR = Duration.ofHours(1);

    private final SurgeMapper mapper;
    private final SurgeProperties properties;
    private final Labels labels;
    private final EngineClock clock;
    private final ApplicationEventPublisher events;

    Surges(SurgeMapper mapper, SurgeProperties properties, Labels labels, EngineClock clock,
            ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.properties = properties;
        this.labels = labels;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void count(TicketRegistered event) {
        mapper.addToHour(key(event.categoryCode()), key(event.districtCode()), hourOf(event.at()));
    }

    // After commit: the hour's count and the ticket's fact are visible, and a rolled-back registration never alarms.
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void detect(TicketRegistered event) {
        try {
            check(key(event.categoryCode()), key(event.districtCode()), hourOf(event.at()), event.no().toString());
        } catch (RuntimeException e) {
            log.warn("surge check after ticket {} failed: {}", event.no(), e.getMessage());
        }
    }

    private void check(String category, String district, Instant hour, String ticketNo) {
        Long count = mapper.findHourCount(category, district, hour);
        if (count == null) {
            return;
        }
        Long id = mapper.findSurgeId(category, district, hour);
        boolean detected = false;
        if (id == null) {
            if (count < properties.getMinCount()) {
                return;
            }
            double expected = expected(category, district, hour);
            if (count <= expected * (1 + properties.getMargin())) {
                return;
            }
            detected = mapper.insertSurge(category, district, hour, count, expected, clock.now()) == 1;
            id = mapper.findSurgeId(category, district, hour);
            mapper.addSurgeTickets(id, category, district, hour, hour.plus(HOUR));
        }
        mapper.addSurgeTicket(id, ticketNo);
        mapper.updateSurgeCount(id, count);
        if (detected) {
            events.publishEvent(new SurgeDetected(surgesOf(List.of(mapper.findSurge(id))).get(0)));
        }
    }

    /** The mean count of the same hour of day over the reference days before {@code hour}. */
    private double expected(String category, String district, Instant hour) {
        List<Instant> hours = new ArrayList<>();
        for (int day = 1; day <= properties.days(); day++) {
            hours.add(hour.minus(day, ChronoUnit.DAYS));
        }
        return (double) mapper.sumHours(category, district, hours) / properties.days();
    }

    @Override
    @Transactional(readOnly = true)
    public SurgeReport surges(LocalDate from, LocalDate to, Actor actor) {
        Role role = actor.role();
        if (role != Role.SUPERVISOR && role != Role.ADMIN && role != Role.DISPATCHER && role != Role.SYSTEM) {
            throw new ActionNotPermittedException("surges", role);
        }
        KpiReader.checkPeriod(from, to);
        List<SurgeRow> rows = mapper.findSurges(FactDefinitions.startOf(from), FactDefinitions.startOf(to.plusDays(1)),
                MAX_SURGES);
        return new SurgeReport(from, to, properties.getMargin(), surgesOf(rows));
    }

    private List<Surge> surgesOf(List<SurgeRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> tickets = new HashMap<>();
        for (SurgeTicketRow row : mapper.findSurgeTickets(rows.stream().map(r -> r.id).toList())) {
            tickets.computeIfAbsent(row.surgeId, k -> new ArrayList<>()).add(row.ticketNo);
        }
        return rows.stream().map(r -> new Surge(r.id, r.categoryCode,
                labels.label(KpiGroupBy.CATEGORY, r.categoryCode), r.districtCode,
                labels.label(KpiGroupBy.DISTRICT, r.districtCode), r.hourStart.atZone(FactDefinitions.ZONE)
                        .toOffsetDateTime(), r.tickets, Math.round(r.expected * 100) / 100.0, r.detectedAt,
                tickets.getOrDefault(r.id, List.of()))).toList();
    }

    private static Instant hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    private static String key(String code) {
        return code == null ? "" : code;
    }
}
