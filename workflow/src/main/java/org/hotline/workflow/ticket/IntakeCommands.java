package org.hotline.workflow.ticket;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Actor.Role;
import org.hotline.workflow.Category;
import org.hotline.workflow.Closure;
import org.hotline.workflow.DirectAnswer;
import org.hotline.workflow.Dispatch;
import org.hotline.workflow.District;
import org.hotline.workflow.DistrictLevel;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.RegisterTicket;
import org.hotline.workflow.TicketDispatched;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketRegistered;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.UnknownReferenceException;
import org.hotline.workflow.sla.Deadline;
import org.hotline.workflow.sla.DeadlinePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Intake: registering a ticket, answering it directly, dispatching it. Thread-safe. */
@Component
class IntakeCommands {
    private static final Logger log = LoggerFactory.getLogger(IntakeCommands.class);
    private static final int ATTEMPTS = 3;

    private final TicketTransitions steps;
    private final TicketNumbers numbers;
    private final OrgDirectory org;
    private final DeadlinePolicy deadlines;
    private final StepDeadlines stepDeadlines;
    private final ClosingCommands closing;
    private final TransactionTemplate transactions;

    IntakeCommands(TicketTransitions steps, TicketNumbers numbers, OrgDirectory org, DeadlinePolicy deadlines,
            StepDeadlines stepDeadlines, ClosingCommands closing, PlatformTransactionManager transactionManager) {
        this.steps = steps;
        this.numbers = numbers;
        this.org = org;
        this.deadlines = deadlines;
        this.stepDeadlines = stepDeadlines;
        this.closing = closing;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Registers in a transaction of its own when the caller has none, retrying (up to {@value #ATTEMPTS} times) when
     * the database picks this transaction as a deadlock victim: concurrent process starts on MySQL occasionally
     * deadlock inside the engine's inserts, and a rolled-back attempt leaves nothing behind: its ticket number goes
     * back to the day's free list, where the retry takes it again.
     */
    TicketView register(RegisterTicket command, Actor actor) {
        if (actor.role() != Role.AGENT && actor.role() != Role.SYSTEM) {
            throw new ActionNotPermittedException("register", actor.role());
        }
        command.validate();
        boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1;; attempt++) {
            try {
                return transactions.execute(status -> registerInTransaction(command, actor));
            } catch (RuntimeException e) {
                if (!ownTransaction || attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                log.warn("registration attempt {} lost a database deadlock; retrying", attempt);
            }
        }
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException
                    || (cause instanceof SQLException sql && "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private TicketView registerInTransaction(RegisterTicket command, Actor actor) {
        Category category = org.category(command.categoryCode())
                .filter(c -> c.parentCode() != null)
                .orElseThrow(() -> new UnknownReferenceException("category", command.categoryCode()));
        String routingDistrict = routingDistrict(command.districtCode());
        Instant now = steps.clock().now();

        // Taken outside this transaction and given back if it rolls back (see TicketNumbers).
        TicketNo no = numbers.next(now);
        TicketProcess.Started started = steps.process().start(no, category.code(), routingDistrict,
                command.urgency().jsonValue());
        String department = started.departmentCode() != null ? started.departmentCode()
                : category.defaultDepartmentCode();
        Deadline sign = deadlines.sign(category.code(), started.signMinutes(), now);
        Deadline handle = deadlines.handle(command.type(), command.urgency(), category.handlingDays(),
                started.handleDays(), now);

        TicketRow t = new TicketRow();
        t.status = TicketStatus.REGISTERED;
        t.channel = command.channel();
        t.type = command.type();
        t.categoryCode = category.code();
        t.districtCode = blankToNull(command.districtCode());
        t.address = blankToNull(command.address());
        t.urgency = command.urgency();
        t.citizenPhone = blankToNull(command.citizenPhone());
        t.citizenName = blankToNull(command.citizenName());
        t.content = command.content().strip();
        t.confidential = command.confidential();
        t.callId = blankToNull(command.callId());
        t.departmentCode = department;
        t.registeredBy = actor.username();
        t.registeredAt = now;
        t.signDueAt = sign.dueAt();
        t.signWarnAt = sign.warnAt();
        t.ruleSignMinutes = started.signMinutes();
        t.handleDueAt = handle.dueAt();
        t.handleWarnAt = handle.warnAt();
        t.ruleHandleDays = started.handleDays();
        t.routingDecisionVersion = started.routingVersion();
        t.processInstanceId = started.processInstanceId();

        t.ticketNo = no.toString();
        steps.tickets().insert(t);
        steps.audit(t, actor, now, "register", null, t.status,
                "routed to " + department + " (ticketRouting v" + started.routingVersion() + ")");
        steps.events().publishEvent(new TicketRegistered(no, t.channel, t.type, t.categoryCode, t.districtCode,
                department, t.citizenPhone, t.content, t.callId, now));
        log.info("ticket {} registered by {} via {}, routed to {} (decision v{})", no, actor.username(),
                t.channel.jsonValue(), department, started.routingVersion());
        return steps.view(t, actor, now);
    }

    TicketView directAnswer(TicketNo no, DirectAnswer command, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.DIRECT_ANSWER);
        command.validate();
        TicketRow t = step.ticket();
        steps.details().insertNote(t.ticketNo, NoteKind.DIRECT_ANSWER, null, actor.username(),
                command.answer().strip(), step.now());
        t.kbEntryId = blankToNull(command.kbEntryId());
        step.complete(TicketProcess.TASK_DISPATCH, ProcessOutcome.DIRECT_ANSWER);
        return closing.close(step, Closure.DIRECT_ANSWER,
                command.kbEntryId() == null ? null : "knowledge-base entry " + command.kbEntryId());
    }

    TicketView dispatch(TicketNo no, Dispatch command, Actor actor) {
        Transition step = steps.begin(no, actor, TicketAction.DISPATCH);
        command.validate();
        TicketRow t = step.ticket();
        String lead = command.departmentCode() != null ? command.departmentCode() : t.departmentCode;
        if (lead == null) {
            throw new InvalidTicketException(Map.of("departmentCode", "required: routing proposed no department"));
        }
        requireDepartment(lead);
        Set<String> coHandlers = new LinkedHashSet<>();
        for (String code : command.coHandlerDepartmentCodes()) {
            requireDepartment(code);
            if (code.equals(lead)) {
                throw new InvalidTicketException(Map.of("coHandlerDepartmentCodes", "must not include the lead"));
            }
            coHandlers.add(code);
        }
        t.departmentCode = lead;
        t.supervisingDepartmentCode = null;
        Deadline sign = stepDeadlines.startSign(t, step.now());
        Deadline handle = stepDeadlines.startHandle(t, step.now());
        steps.details().deleteCoHandlers(t.ticketNo);
        for (String code : coHandlers) {
            steps.details().insertCoHandler(t.ticketNo, code);
        }
        Map<String, Object> variables = TicketProcess.signVariables(sign);
        variables.putAll(TicketProcess.handleVariables(handle.warnAt(), handle.dueAt()));
        variables.put("departmentCode", lead);
        variables.putAll(TicketProcess.coHandlerVariables(List.copyOf(coHandlers)));
        return step.to(TicketStatus.DISPATCHED)
                .complete(TicketProcess.TASK_DISPATCH, ProcessOutcome.DISPATCHED, variables)
                .publish(new TicketDispatched(t.no(), lead, List.copyOf(coHandlers), step.now()))
                .log("to " + lead + (coHandlers.isEmpty() ? "" : " with co-handlers " + coHandlers))
                .finish(Texts.join("to " + lead + (coHandlers.isEmpty() ? ""
                        : " with co-handlers " + String.join(",", coHandlers)), command.note()));
    }

    private String routingDistrict(String districtCode) {
        if (districtCode == null || districtCode.isBlank()) {
            return "";
        }
        District district = org.district(districtCode)
                .orElseThrow(() -> new UnknownReferenceException("district", districtCode));
        if (district.level() == DistrictLevel.STREET) {
            return district.parentCode();
        }
        return district.level() == DistrictLevel.CITY ? "" : district.code();
    }

    private void requireDepartment(String code) {
        org.department(code).orElseThrow(() -> new UnknownReferenceException("department", code));
    }

    private static String blankToNull(String value) {
        return Texts.blankToNull(value);
    }
}
