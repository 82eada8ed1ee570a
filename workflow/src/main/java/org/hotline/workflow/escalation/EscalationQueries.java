package org.hotline.workflow.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Escalation;
import org.hotline.workflow.EscalationLevelSetting;
import org.hotline.workflow.EscalationQuery;
import org.hotline.workflow.EscalationService;
import org.hotline.workflow.EscalationStats;
import org.hotline.workflow.InvalidTicketException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EscalationService} over the chain rows. Feedback texts in lists are shown as written: only the department
 * that wrote them and the hotline's own staff read them, and the ticket page masks ID numbers as it does everywhere.
 */
@Service
@Transactional(readOnly = true)
class EscalationQueries implements EscalationService {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MAX_PERIOD_DAYS = 366;

    private final EscalationMapper mapper;
    private final EscalationChains chains;

    EscalationQueries(EscalationMapper mapper, EscalationChains chains) {
        this.mapper = mapper;
        this.chains = chains;
    }

    @Override
    public List<Escalation> search(EscalationQuery query, Actor actor) {
        String department = scope(actor, query.departmentCode(), "list escalations");
        query.validate();
        // The engine's clock, as everywhere in the module (tests move it to fire timers).
        Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        return chains.views(mapper.search(query.status(), department, now, query.size(),
                (long) query.page() * query.size()), text -> text);
    }

    @Override
    public List<Escalation> startedBetween(Instant from, Instant to, int limit, Actor actor) {
        String department = scope(actor, null, "list escalations");
        if (from == null || to == null || limit < 1 || limit > MAX_LIST) {
            throw new InvalidTicketException(Map.of(limit < 1 || limit > MAX_LIST ? "limit" : "from",
                    limit < 1 || limit > MAX_LIST ? "1.." + MAX_LIST : "from and to are required"));
        }
        return chains.views(mapper.findStarted(department, from, to, limit), text -> text);
    }

    @Override
    public List<EscalationStats> stats(LocalDate from, LocalDate to, Actor actor) {
        String department = scope(actor, null, "read escalation figures");
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new InvalidTicketException(Map.of("from", "from and to are required, from ≤ to, at most "
                    + MAX_PERIOD_DAYS + " days"));
        }
        return mapper.stats(from.atStartOfDay(CHINA).toInstant(), to.plusDays(1).atStartOfDay(CHINA).toInstant(),
                department);
    }

    @Override
    public List<EscalationLevelSetting> levels() {
        return chains.levels();
    }

    /** @return the department to filter by: the actor's own for departments, the requested one otherwise */
    private static String scope(Actor actor, String requested, String what) {
        return switch (actor.role()) {
            case SUPERVISOR, DISPATCHER -> requested == null || requested.isBlank() ? null : requested;
            case DEPARTMENT -> actor.departmentCode();
            default -> throw new ActionNotPermittedException(what, actor.role());
        };
    }
}
