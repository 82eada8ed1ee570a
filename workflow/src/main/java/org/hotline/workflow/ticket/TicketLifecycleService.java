package org.hotline.workflow.ticket;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Actor.Role;
import org.hotline.workflow.Category;
import org.hotline.workflow.Closure;
import org.hotline.workflow.Department;
import org.hotline.workflow.DepartmentKind;
import org.hotline.workflow.DirectAnswer;
import org.hotline.workflow.Dispatch;
import org.hotline.workflow.District;
import org.hotline.workflow.DistrictLevel;
import org.hotline.workflow.EscalationReason;
import org.hotline.workflow.ExtensionRequest;
import org.hotline.workflow.FollowUp;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.InvalidTransitionException;
import org.hotline.workflow.MergedTicketClosed;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.RegisterTicket;
import org.hotline.workflow.RevealField;
import org.hotline.workflow.ReviewDecision;
import org.hotline.workflow.TicketClosed;
import org.hotline.workflow.TicketDispatched;
import org.hotline.workflow.TicketEscalated;
import org.hotline.workflow.TicketMerged;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketNotFoundException;
import org.hotline.workflow.TicketPage;
import org.hotline.workflow.TicketQuery;
import org.hotline.workflow.TicketRegistered;
import org.hotline.workflow.TicketReplied;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.TimelineEntry;
import org.hotline.workflow.VoidedTicketNumber;
import org.hotline.workflow.UnknownReferenceException;
import org.hotline.workflow.sla.Deadline;
import org.hotline.workflow.sla.DeadlinePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ticket lifecycle: each command locks the ticket row, checks role and status ({@link TicketRules}), changes
 * the row, drives the process, writes the audit trail and publishes its event, all in one transaction.
 */
@Service
@Transactional
class TicketLifecycleService implements TicketService {
    private static final Logger log = LoggerFactory.getLogger(TicketLifecycleService.class);
    private static final int TEXT_LIMIT = 2000;
    private static final int ATTEMPTS = 3;

    private final TicketMapper tickets;
    private final TicketDetailMapper details;
    private final TicketNumbers numbers;
    private final TicketProcess process;
    private final TicketViews views;
    private final OrgDirectory org;
    private final DeadlinePolicy deadlines;
    private final ApplicationEventPublisher events;
    private final EngineClock clock;
    private final TransactionTemplate transactions;

    TicketLifecycleService(TicketMapper tickets, TicketDetailMapper details, TicketNumbers numbers,
            TicketProcess process, TicketViews views, OrgDirectory org, DeadlinePolicy deadlines,
            ApplicationEventPublisher events, EngineClock clock, PlatformTransactionManager transactionManager) {
        this.tickets = tickets;
        this.details = details;
        this.numbers = numbers;
        this.process = process;
        this.views = views;
        this.org = org;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Registers in a transaction of its own when the caller has none, retrying (up to {@value #ATTEMPTS} times) when
     * the database picks this transaction as a deadlock victim: concurrent process starts on MySQL occasionally
     * deadlock inside the engine's inserts, and a rolled-back attempt leaves nothing behind: its ticket number goes
     * back to the day's free list, where the retry takes it again.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public TicketView register(RegisterTicket command, Actor actor) {
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
        Instant now = clock.now();

        // Taken outside this transaction and given back if it rolls back (see TicketNumbers).
        TicketNo no = numbers.next(now);
        TicketProcess.Started started = process.start(no, category.code(), routingDistrict,
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
        tickets.insert(t);
        audit(t, actor, now, "register", null,
                "routed to " + department + " (ticketRouting v" + started.routingVersion() + ")");
        events.publishEvent(new TicketRegistered(no, t.channel, t.type, t.categoryCode, t.districtCode, department,
                t.citizenPhone, t.content, t.callId, now));
        log.info("ticket {} registered by {} via {}, routed to {} (decision v{})", no, actor.username(),
                t.channel.jsonValue(), department, started.routingVersion());
        return views.view(t, List.of(), actor, now);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketView> find(TicketNo no, Actor actor) {
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

    @Override
    @Transactional(readOnly = true)
    public TicketPage search(TicketQuery query, Actor actor) {
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

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(TicketNo no, Actor actor) {
        TicketRow t = tickets.find(no.toString());
        if (t == null || !TicketViews.visible(t, details.findCoHandlers(t.ticketNo), actor)) {
            throw new TicketNotFoundException(no);
        }
        return details.findAudit(t.ticketNo).stream().map(e -> views.mask(t, e, actor)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<VoidedTicketNumber> voidedNumbers(LocalDate day, Actor actor) {
        if (actor.role() != Role.SUPERVISOR && actor.role() != Role.ADMIN) {
            throw new ActionNotPermittedException("voided-numbers", actor.role());
        }
        return tickets.findVoidedNumbers(day).stream()
                .map(row -> new VoidedTicketNumber(new TicketNo(day, row.sequence()), row.reason(), row.recordedAt()))
                .toList();
    }

    @Override
    public TicketView directAnswer(TicketNo no, DirectAnswer command, Actor actor) {
        Loaded l = load(no, actor, TicketAction.DIRECT_ANSWER);
        command.validate();
        Instant now = clock.now();
        details.insertNote(l.t.ticketNo, NoteKind.DIRECT_ANSWER, null, actor.username(), command.answer().strip(),
                now);
        l.t.kbEntryId = blankToNull(command.kbEntryId());
        process.complete(l.t, TicketProcess.TASK_DISPATCH, null, Map.of("outcome", "directAnswer"));
        closeTicket(l, Closure.DIRECT_ANSWER, actor, now, "direct-answer",
                command.kbEntryId() == null ? null : "knowledge-base entry " + command.kbEntryId());
        return view(l, actor, now);
    }

    @Override
    public TicketView dispatch(TicketNo no, Dispatch command, Actor actor) {
        Loaded l = load(no, actor, TicketAction.DISPATCH);
        command.validate();
        String lead = command.departmentCode() != null ? command.departmentCode() : l.t.departmentCode;
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
        Instant now = clock.now();
        Category category = org.category(l.t.categoryCode).orElseThrow();
        Deadline sign = deadlines.sign(l.t.categoryCode, l.t.ruleSignMinutes, now);
        Deadline handle = deadlines.handle(l.t.type, l.t.urgency, category.handlingDays(), l.t.ruleHandleDays, now);
        TicketStatus from = l.t.status;
        l.t.status = TicketStatus.DISPATCHED;
        l.t.departmentCode = lead;
        l.t.supervisingDepartmentCode = null;
        l.t.signStartedAt = now;
        l.t.signDueAt = sign.dueAt();
        l.t.signWarnAt = sign.warnAt();
        l.t.handleStartedAt = now;
        l.t.handleDueAt = handle.dueAt();
        l.t.handleWarnAt = handle.warnAt();
        tickets.update(l.t);
        details.deleteCoHandlers(l.t.ticketNo);
        for (String code : coHandlers) {
            details.insertCoHandler(l.t.ticketNo, code);
        }
        Map<String, Object> variables = new HashMap<>(TicketProcess.signVariables(sign));
        variables.putAll(TicketProcess.handleVariables(handle.warnAt(), handle.dueAt()));
        variables.put("outcome", "dispatch");
        variables.put("departmentCode", lead);
        variables.put("coHandlerCount", coHandlers.size());
        variables.put("coHandlerCodes", String.join(",", coHandlers));
        process.complete(l.t, TicketProcess.TASK_DISPATCH, null, variables);
        audit(l.t, actor, now, "dispatch", from, join("to " + lead
                + (coHandlers.isEmpty() ? "" : " with co-handlers " + String.join(",", coHandlers)), command.note()));
        events.publishEvent(new TicketDispatched(l.t.no(), lead, List.copyOf(coHandlers), now));
        log.info("ticket {} dispatched to {} by {} (co-handlers {})", no, lead, actor.username(), coHandlers);
        return reloadView(l, actor, now);
    }

    @Override
    public TicketView sign(TicketNo no, Actor actor) {
        Loaded l = load(no, actor, TicketAction.SIGN);
        Instant now = clock.now();
        TicketStatus from = l.t.status;
        if (l.context.lead()) {
            l.t.status = TicketStatus.IN_PROGRESS;
            l.t.signedAt = now;
            tickets.update(l.t);
            process.complete(l.t, TicketProcess.TASK_SIGN, null, Map.of("outcome", "signed"));
            audit(l.t, actor, now, "sign", from, null);
        } else {
            details.markCoHandlerSigned(l.t.ticketNo, actor.departmentCode(), now);
            process.complete(l.t, TicketProcess.TASK_CO_SIGN, actor.departmentCode(), Map.of());
            audit(l.t, actor, now, "sign", from, "co-handler " + actor.departmentCode());
        }
        log.info("ticket {} signed by {} ({})", no, actor.username(), actor.departmentCode());
        return reloadView(l, actor, now);
    }

    @Override
    public TicketView returnTicket(TicketNo no, String reason, Actor actor) {
        Loaded l = load(no, actor, TicketAction.RETURN);
        String text = requiredText("reason", reason, 1000);
        Instant now = clock.now();
        TicketStatus from = l.t.status;
        l.t.status = TicketStatus.RETURNED;
        tickets.update(l.t);
        process.complete(l.t, TicketProcess.TASK_SIGN, null, Map.of("outcome", "returned"));
        audit(l.t, actor, now, "return", from, text);
        log.info("ticket {} returned by {} ({})", no, actor.username(), actor.departmentCode());
        return view(l, actor, now);
    }

    @Override
    public TicketView addNote(TicketNo no, String text, Actor actor) {
        Loaded l = load(no, actor, TicketAction.NOTES);
        String body = requiredText("text", text, TEXT_LIMIT);
        Instant now = clock.now();
        details.insertNote(l.t.ticketNo, NoteKind.NOTE, actor.departmentCode(), actor.username(), body, now);
        audit(l.t, actor, now, "notes", l.t.status, body);
        return view(l, actor, now);
    }

    @Override
    public TicketView requestExtension(TicketNo no, ExtensionRequest request, Actor actor) {
        Loaded l = load(no, actor, TicketAction.EXTENSION);
        request.validate();
        Instant now = clock.now();
        ExtensionRow extension = new ExtensionRow();
        extension.ticketNo = l.t.ticketNo;
        extension.departmentCode = actor.departmentCode();
        extension.requestedBy = actor.username();
        extension.requestedAt = now;
        extension.workingDays = request.workingDays();
        extension.reason = request.reason().strip();
        extension.decision = "PENDING";
        details.insertExtension(extension);
        TicketStatus from = l.t.status;
        l.t.status = TicketStatus.EXTENSION_REQUESTED;
        tickets.update(l.t);
        audit(l.t, actor, now, "extension", from, request.workingDays() + " working days: " + extension.reason);
        return view(l, actor, now);
    }

    @Override
    public TicketView approveExtension(TicketNo no, String note, Actor actor) {
        Loaded l = load(no, actor, TicketAction.EXTENSION_APPROVE);
        String text = optionalText("note", note, 1000);
        Instant now = clock.now();
        ExtensionRow extension = details.findPendingExtension(l.t.ticketNo);
        Deadline moved = deadlines.extend(currentHandle(l.t), extension.workingDays);
        extension.decision = "APPROVED";
        extension.decidedBy = actor.username();
        extension.decidedAt = now;
        extension.decisionNote = text;
        extension.previousDueAt = l.t.handleDueAt;
        extension.newDueAt = moved.dueAt();
        details.decideExtension(extension);
        TicketStatus from = l.t.status;
        l.t.status = TicketStatus.IN_PROGRESS;
        l.t.handleDueAt = moved.dueAt();
        l.t.handleWarnAt = moved.warnAt();
        tickets.update(l.t);
        process.correlate(l.t, TicketProcess.MESSAGE_DEADLINE_MOVED,
                TicketProcess.handleVariables(moved.warnAt(), moved.dueAt()));
        audit(l.t, actor, now, "extension/approve", from,
                join("+" + extension.workingDays + " working days, due " + moved.dueAt(), text));
        log.info("ticket {} extension approved by {}: due {}", no, actor.username(), moved.dueAt());
        return view(l, actor, now);
    }

    @Override
    public TicketView denyExtension(TicketNo no, String reason, Actor actor) {
        Loaded l = load(no, actor, TicketAction.EXTENSION_DENY);
        String text = requiredText("reason", reason, 1000);
        Instant now = clock.now();
        ExtensionRow extension = details.findPendingExtension(l.t.ticketNo);
        extension.decision = "DENIED";
        extension.decidedBy = actor.username();
        extension.decidedAt = now;
        extension.decisionNote = text;
        extension.previousDueAt = l.t.handleDueAt;
        extension.newDueAt = l.t.handleDueAt;
        details.decideExtension(extension);
        TicketStatus from = l.t.status;
        l.t.status = TicketStatus.IN_PROGRESS;
        tickets.update(l.t);
        audit(l.t, actor, now, "extension/deny", from, text);
        return view(l, actor, now);
    }

    @Override
    public TicketView awaitCitizen(TicketNo no, String reason, Actor actor) {
        Loaded l = load(no, actor, TicketAction.AWAIT_CITIZEN);
        String text = requiredText("reason", reason, 1000);
        Instant now = clock.now();
        TicketStatus from = l.t.status;
        l.t.status = TicketStatus.AWAITING_CITIZEN;
        l.t.pausedAt = now;
        tickets.update(l.t);
        details.insertPause(l.t.ticketNo, actor.username(), now, text);
        process.correlate(l.t, TicketProcess.MESSAGE_PAUSED, Map.of());
        audit(l.t, actor, now, "await-citizen", from, text);
        log.info("ticket {} paused awaiting the citizen by {}", no, actor.username());
        return view(l, actor, now);
    }

    @Override
    public TicketView resumeFromCitizen(TicketNo no, String note, Actor actor) {
        Loaded l = load(no, actor, TicketAction.RESUME);
        String text = optionalText("note", note, 1000);
        Instant now = clock.now();
        Duration paused = Duration.between(l.t.pausedAt, now);
        Deadline moved = deadlines.shift(currentHandle(l.t), paused);
        TicketStatus from = l.t.status;
        l.t.status = TicketStatus.IN_PROGRESS;
        l.t.pausedAt = null;
        l.t.handleDueAt = moved.dueAt();
        l.t.handleWarnAt = moved.warnAt();
        tickets.update(l.t);
        details.resumePause(l.t.ticketNo, actor.username(), now, text);
        process.correlate(l.t, TicketProcess.MESSAGE_RESUMED,
                TicketProcess.handleVariables(moved.warnAt(), moved.dueAt()));
        audit(l.t, actor, now, "resume", from,
                join("paused " + paused.toMinutes() + " min, due " + moved.dueAt(), text));
        log.info("ticket {} resumed by {} after {} min", no, actor.username(), paused.toMinutes());
        return view(l, actor, now);
    }

    @Override
    public TicketView reply(TicketNo no, String text, Actor actor) {
        Loaded l = load(no, actor, TicketAction.REPLY);
        String body = requiredText("text", text, 4000);
        Instant now = clock.now();
        details.insertNote(l.t.ticketNo, NoteKind.REPLY, actor.departmentCode(), actor.username(), body, now);
        TicketStatus from = l.t.status;
        l.t.status = TicketStatus.REPLIED;
        l.t.repliedAt = now;
        tickets.update(l.t);
        Map<String, Object> variables = new HashMap<>();
        variables.put("coHandlerCount", 0);
        variables.put("coHandlerCodes", "");
        process.complete(l.t, TicketProcess.TASK_HANDLE, null, variables);
        audit(l.t, actor, now, "reply", from, body);
        events.publishEvent(new TicketReplied(l.t.no(), l.t.departmentCode, now));
        log.info("ticket {} replied by {} ({})", no, actor.username(), actor.departmentCode());
        return view(l, actor, now);
    }

    @Override
    public TicketView review(TicketNo no, ReviewDecision decision, Actor actor) {
        Loaded l = load(no, actor, TicketAction.REVIEW);
        decision.validate();
        Instant now = clock.now();
        TicketStatus from = l.t.status;
        l.t.status = decision.accepted() ? TicketStatus.FOLLOW_UP : TicketStatus.IN_PROGRESS;
        tickets.update(l.t);
        process.complete(l.t, TicketProcess.TASK_REVIEW, null,
                Map.of("outcome", decision.accepted() ? "accepted" : "sentBack"));
        audit(l.t, actor, now, "review", from,
                join(decision.accepted() ? "accepted" : "sent back", blankToNull(decision.note())));
        return view(l, actor, now);
    }

    @Override
    public TicketView followUp(TicketNo no, FollowUp followUp, Actor actor) {
        Loaded l = load(no, actor, TicketAction.FOLLOW_UP);
        followUp.validate();
        Instant now = clock.now();
        TicketStatus from = l.t.status;
        l.t.satisfaction = followUp.satisfaction();
        String note = "satisfaction " + followUp.satisfaction() + " via " + followUp.via().jsonValue();
        if (followUp.comment() != null && !followUp.comment().isBlank()) {
            details.insertNote(l.t.ticketNo, NoteKind.FOLLOW_UP, null, actor.username(), followUp.comment().strip(),
                    now);
            note = note + ": " + followUp.comment().strip();
        }
        if (followUp.satisfaction() >= 3) {
            process.complete(l.t, TicketProcess.TASK_FOLLOW_UP, null, Map.of("outcome", "satisfied"));
            closeTicket(l, Closure.SATISFIED, actor, now, "follow-up", note);
        } else if (l.t.reopenCount == 0) {
            Category category = org.category(l.t.categoryCode).orElseThrow();
            Deadline handle = deadlines.handle(l.t.type, l.t.urgency, category.handlingDays(), l.t.ruleHandleDays,
                    now);
            l.t.status = TicketStatus.IN_PROGRESS;
            l.t.reopenCount = 1;
            l.t.handleStartedAt = now;
            l.t.handleDueAt = handle.dueAt();
            l.t.handleWarnAt = handle.warnAt();
            tickets.update(l.t);
            Map<String, Object> variables = new HashMap<>(
                    TicketProcess.handleVariables(handle.warnAt(), handle.dueAt()));
            variables.put("outcome", "reopened");
            process.complete(l.t, TicketProcess.TASK_FOLLOW_UP, null, variables);
            audit(l.t, actor, now, "follow-up", from, note + "; reopened");
            log.info("ticket {} reopened after dissatisfaction", no);
        } else {
            process.complete(l.t, TicketProcess.TASK_FOLLOW_UP, null, Map.of("outcome", "unsatisfied"));
            closeTicket(l, Closure.UNSATISFIED, actor, now, "follow-up", note);
        }
        return view(l, actor, now);
    }

    @Override
    public TicketView merge(TicketNo duplicate, TicketNo main, Actor actor) {
        if (duplicate.equals(main)) {
            throw new InvalidTicketException(Map.of("main", "a ticket cannot be merged into itself"));
        }
        // Lock both rows in number order so two opposite merges cannot deadlock.
        boolean duplicateFirst = duplicate.toString().compareTo(main.toString()) < 0;
        Loaded first = duplicateFirst ? load(duplicate, actor, TicketAction.MERGE) : loadForRead(main, actor);
        Loaded second = duplicateFirst ? loadForRead(main, actor) : load(duplicate, actor, TicketAction.MERGE);
        Loaded dup = duplicateFirst ? first : second;
        Loaded mainTicket = duplicateFirst ? second : first;
        if (mainTicket.t.status == TicketStatus.CLOSED || mainTicket.t.status == TicketStatus.MERGED) {
            throw new InvalidTransitionException(main, mainTicket.t.status, "merge", "the main ticket is not open");
        }
        if (!details.findOpenDuplicates(dup.t.ticketNo).isEmpty()) {
            throw new InvalidTransitionException(duplicate, dup.t.status, "merge",
                    "tickets are merged into this one; merge them into the main ticket first");
        }
        Instant now = clock.now();
        TicketStatus from = dup.t.status;
        dup.t.status = TicketStatus.MERGED;
        dup.t.mainTicketNo = main.toString();
        dup.t.pausedAt = null;
        tickets.update(dup.t);
        details.insertMerge(dup.t.ticketNo, main.toString(), actor.username(), now);
        process.correlate(dup.t, TicketProcess.MESSAGE_MERGED, Map.of());
        audit(dup.t, actor, now, "merge", from, "into " + main);
        audit(mainTicket.t, actor, now, "merge", mainTicket.t.status, mainTicket.t.status,
                "duplicate " + duplicate + " merged into this ticket");
        events.publishEvent(new TicketMerged(duplicate, main, now));
        log.info("ticket {} merged into {} by {}", duplicate, main, actor.username());
        return view(dup, actor, now);
    }

    @Override
    public TicketView escalate(TicketNo no, String note, Actor actor) {
        Loaded l = load(no, actor, TicketAction.ESCALATE);
        String text = optionalText("note", note, 1000);
        Instant now = clock.now();
        l.t.escalated = true;
        l.t.escalationCount++;
        tickets.update(l.t);
        audit(l.t, actor, now, "escalate", l.t.status, text);
        events.publishEvent(new TicketEscalated(l.t.no(), l.t.departmentCode, EscalationReason.MANUAL,
                actor.username(), null, now));
        log.info("ticket {} escalated by {}", no, actor.username());
        return view(l, actor, now);
    }

    @Override
    public TicketView close(TicketNo no, String note, Actor actor) {
        Loaded l = load(no, actor, TicketAction.CLOSE);
        String text = requiredText("note", note, 1000);
        Instant now = clock.now();
        process.correlate(l.t, TicketProcess.MESSAGE_ADMIN_CLOSE, Map.of());
        closeTicket(l, Closure.ADMINISTRATIVE, actor, now, "close", text);
        return view(l, actor, now);
    }

    @Override
    public TicketView redispatch(TicketNo no, String streetDepartmentCode, String note, Actor actor) {
        Loaded l = load(no, actor, TicketAction.REDISPATCH);
        String text = optionalText("note", note, 1000);
        if (streetDepartmentCode == null || streetDepartmentCode.isBlank()) {
            throw new InvalidTicketException(Map.of("streetDepartmentCode", "required"));
        }
        Department street = requireDepartment(streetDepartmentCode);
        if (street.kind() != DepartmentKind.STREET || !l.t.departmentCode.equals(street.parentCode())) {
            throw new InvalidTicketException(Map.of("streetDepartmentCode",
                    "must be a street office under " + l.t.departmentCode));
        }
        Instant now = clock.now();
        Deadline sign = deadlines.sign(l.t.categoryCode, l.t.ruleSignMinutes, now);
        String district = l.t.departmentCode;
        l.t.supervisingDepartmentCode = district;
        l.t.departmentCode = street.code();
        l.t.signStartedAt = now;
        l.t.signDueAt = sign.dueAt();
        l.t.signWarnAt = sign.warnAt();
        tickets.update(l.t);
        Map<String, Object> variables = new HashMap<>(TicketProcess.signVariables(sign));
        variables.put("outcome", "redispatched");
        variables.put("departmentCode", street.code());
        process.complete(l.t, TicketProcess.TASK_SIGN, null, variables);
        audit(l.t, actor, now, "redispatch", l.t.status, join("to " + street.code(), text));
        events.publishEvent(new TicketDispatched(l.t.no(), street.code(), List.of(), now));
        log.info("ticket {} passed from {} to street office {}", no, district, street.code());
        return reloadView(l, actor, now);
    }

    @Override
    public TicketView contribute(TicketNo no, String text, Actor actor) {
        Loaded l = load(no, actor, TicketAction.CONTRIBUTE);
        String body = requiredText("text", text, TEXT_LIMIT);
        Instant now = clock.now();
        details.insertNote(l.t.ticketNo, NoteKind.CONTRIBUTION, actor.departmentCode(), actor.username(), body, now);
        details.markCoHandlerContributed(l.t.ticketNo, actor.departmentCode(), now);
        process.complete(l.t, TicketProcess.TASK_CO_CONTRIBUTE, actor.departmentCode(), Map.of());
        audit(l.t, actor, now, "contribute", l.t.status, body);
        log.info("ticket {} co-handler {} contributed", no, actor.departmentCode());
        return reloadView(l, actor, now);
    }

    @Override
    public String reveal(TicketNo no, RevealField field, String reason, Actor actor) {
        if (field == null) {
            throw new InvalidTicketException(Map.of("field", "required"));
        }
        if (reason != null && reason.strip().length() > 200) {
            throw new InvalidTicketException(Map.of("reason", "at most 200 characters"));
        }
        Loaded l = load(no, actor, TicketAction.REVEAL);
        Instant now = clock.now();
        String action = field == RevealField.CITIZEN_PHONE ? "reveal-phone" : "reveal-content";
        audit(l.t, actor, now, action, l.t.status, blankToNull(reason));
        log.info("ticket {} {} by {}", no, action, actor.username());
        return field == RevealField.CITIZEN_PHONE ? l.t.citizenPhone : l.t.content;
    }

    private record Loaded(TicketRow t, List<CoHandlerRow> coHandlers, TicketRules.Context context) {
    }

    private Loaded load(TicketNo no, Actor actor, TicketAction action) {
        Loaded loaded = loadForRead(no, actor);
        TicketRules.check(action, loaded.context);
        return loaded;
    }

    private Loaded loadForRead(TicketNo no, Actor actor) {
        TicketRow t = tickets.findForUpdate(no.toString());
        if (t == null) {
            throw new TicketNotFoundException(no);
        }
        List<CoHandlerRow> coHandlers = details.findCoHandlers(t.ticketNo);
        if (!TicketViews.visible(t, coHandlers, actor)) {
            throw new TicketNotFoundException(no);
        }
        return new Loaded(t, coHandlers, views.context(t, coHandlers, actor));
    }

    private void closeTicket(Loaded l, Closure closure, Actor actor, Instant now, String action, String note) {
        TicketStatus from = l.t.status;
        l.t.status = TicketStatus.CLOSED;
        l.t.closure = closure;
        l.t.closedAt = now;
        l.t.pausedAt = null;
        tickets.update(l.t);
        audit(l.t, actor, now, action, from, join("closed: " + closure.jsonValue(), note));
        List<String> phones = new ArrayList<>();
        if (l.t.citizenPhone != null) {
            phones.add(l.t.citizenPhone);
        }
        for (String duplicateNo : details.findOpenDuplicates(l.t.ticketNo)) {
            TicketRow duplicate = tickets.findForUpdate(duplicateNo);
            TicketStatus duplicateFrom = duplicate.status;
            duplicate.status = TicketStatus.CLOSED;
            duplicate.closure = Closure.MERGED;
            duplicate.closedAt = now;
            tickets.update(duplicate);
            details.markMergeClosed(duplicateNo, now);
            process.correlate(duplicate, TicketProcess.MESSAGE_MAIN_CLOSED, Map.of());
            audit(duplicate, actor, now, "close-with-main", duplicateFrom,
                    "main ticket " + l.t.ticketNo + " closed: " + closure.jsonValue());
            if (duplicate.citizenPhone != null && !phones.contains(duplicate.citizenPhone)) {
                phones.add(duplicate.citizenPhone);
            }
            events.publishEvent(new MergedTicketClosed(duplicate.no(), l.t.no(), closure, duplicate.citizenPhone,
                    now));
        }
        events.publishEvent(new TicketClosed(l.t.no(), closure, l.t.categoryCode, l.t.districtCode, l.t.content,
                phones, now));
        log.info("ticket {} closed ({}) by {}", l.t.ticketNo, closure.jsonValue(), actor.username());
    }

    private Deadline currentHandle(TicketRow t) {
        return new Deadline(t.handleStartedAt, t.handleDueAt, t.handleWarnAt, null);
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

    private Department requireDepartment(String code) {
        return org.department(code).orElseThrow(() -> new UnknownReferenceException("department", code));
    }

    private void audit(TicketRow t, Actor actor, Instant at, String action, TicketStatus from, String note) {
        audit(t, actor, at, action, from, t.status, note);
    }

    private void audit(TicketRow t, Actor actor, Instant at, String action, TicketStatus from, TicketStatus to,
            String note) {
        details.insertAudit(t.ticketNo, at, actor.username(), actor.role(), action, from, to, note);
    }

    private TicketView view(Loaded l, Actor actor, Instant now) {
        return views.view(l.t, l.coHandlers, actor, now);
    }

    private TicketView reloadView(Loaded l, Actor actor, Instant now) {
        return views.view(l.t, details.findCoHandlers(l.t.ticketNo), actor, now);
    }

    private static String requiredText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidTicketException(Map.of(field, "required"));
        }
        return optionalText(field, value, max);
    }

    private static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidTicketException(Map.of(field, "at most " + max + " characters"));
        }
        if (text.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t')) {
            throw new InvalidTicketException(Map.of(field, "contains control characters"));
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String join(String first, String second) {
        return second == null || second.isBlank() ? first : first + "; " + second;
    }
}
