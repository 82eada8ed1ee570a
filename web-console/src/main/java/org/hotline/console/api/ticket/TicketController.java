package org.hotline.console.api.ticket;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hotline.console.api.idempotency.IdempotentRequests;
import org.hotline.workflow.Actor;
import org.hotline.console.api.telephony.CallOwnership;
import org.hotline.console.security.AccessAuditRow;
import org.hotline.console.security.ConfidentialAccess;
import org.hotline.console.security.CurrentUser;
import org.hotline.console.security.CurrentUsers;
import org.hotline.workflow.Channel;
import org.hotline.workflow.DirectAnswer;
import org.hotline.workflow.Dispatch;
import org.hotline.workflow.ExtensionRequest;
import org.hotline.workflow.FollowUp;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.RegisterTicket;
import org.hotline.workflow.RevealField;
import org.hotline.workflow.ReviewDecision;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketNotFoundException;
import org.hotline.workflow.TicketPage;
import org.hotline.workflow.TicketQuery;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketType;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.TimelineEntry;
import org.hotline.workflow.Urgency;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ticket (工单) API. Roles are checked here and again by the workflow module; a department user asking for
 * another department's ticket gets 404. Every action answers the ticket as the caller may see it (masked).
 */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

    private static final String READERS = "hasAnyRole('AGENT','DISPATCHER','DEPARTMENT','SUPERVISOR')";

    private final TicketService tickets;
    private final Actors actors;
    private final IdempotentRequests idempotentRequests;
    private final CurrentUsers currentUsers;
    private final CallOwnership calls;
    private final ConfidentialAccess confidentialAccess;

    TicketController(TicketService tickets, Actors actors, IdempotentRequests idempotentRequests,
                     CurrentUsers currentUsers, CallOwnership calls, ConfidentialAccess confidentialAccess) {
        this.tickets = tickets;
        this.actors = actors;
        this.idempotentRequests = idempotentRequests;
        this.currentUsers = currentUsers;
        this.calls = calls;
        this.confidentialAccess = confidentialAccess;
    }

    /** With an {@code Idempotency-Key}, a double click or a retried request registers one ticket only. */
    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<?> register(@RequestBody RegisterRequest request,
                               @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        if (request.callId() != null && !request.callId().isBlank()) {
            calls.requireAnsweredBy(request.callId(), currentUsers.current());
        }
        Actor actor = actors.current();
        return idempotentRequests.execute("tickets:" + actor.username(), key, idempotentRequests.bytesOf(request),
            () -> {
                TicketView view = tickets.register(request.toCommand(), actor);
                return ResponseEntity.created(URI.create("/api/tickets/" + view.ticketNo())).body(view);
            });
    }

    @GetMapping("/{no}")
    @PreAuthorize(READERS)
    TicketView get(@PathVariable String no) {
        TicketNo ticketNo = parse(no);
        TicketView view = tickets.find(ticketNo, actors.current())
            .orElseThrow(() -> new TicketNotFoundException(ticketNo));
        if (view.confidential()) {
            confidentialAccess.readConfidential(currentUsers.current(), ticketNo.toString());
        }
        return view;
    }

    /** Who read or revealed what of the ticket, and why (supervisors). */
    @GetMapping("/{no}/access")
    @PreAuthorize("hasRole('SUPERVISOR')")
    List<AccessAuditRow> access(@PathVariable String no) {
        TicketNo ticketNo = parse(no);
        tickets.find(ticketNo, actors.current()).orElseThrow(() -> new TicketNotFoundException(ticketNo));
        return confidentialAccess.trail(ticketNo.toString());
    }

    /**
     * Lists tickets, newest first or by deadline ({@code sort=deadline}), with paging. {@code registeredBy=me} is the
     * current user; {@code from}/{@code to} are registration days (China time); {@code q} holds words that must all
     * occur in the content. A department sees only its own department's tickets whatever it asks for.
     */
    @GetMapping
    @PreAuthorize(READERS)
    TicketPage search(@RequestParam(required = false) TicketStatus status,
                      @RequestParam(required = false) String department,
                      @RequestParam(required = false) Boolean overdue,
                      @RequestParam(required = false) String registeredBy,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) String category,
                      @RequestParam(required = false) String district,
                      @RequestParam(required = false) String channel,
                      @RequestParam(required = false) String q,
                      @RequestParam(required = false) String sort,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        return search(new SearchRequest(status, department, overdue, registeredBy, from, to, category, district,
            channel, q, null, sort, page, size));
    }

    /**
     * The same search with the criteria in a JSON body, so that a phone number ({@code "phone"}) stays out of URLs
     * and logs. Not for departments when a phone is given (403).
     */
    @PostMapping("/search")
    @PreAuthorize(READERS)
    TicketPage search(@RequestBody SearchRequest request) {
        return tickets.search(request.toQuery(currentUsers.current().username()), actors.current());
    }

    @GetMapping("/{no}/timeline")
    @PreAuthorize(READERS)
    List<TimelineEntry> timeline(@PathVariable String no) {
        return tickets.timeline(parse(no), actors.current());
    }

    @PostMapping("/{no}/direct-answer")
    @PreAuthorize("hasRole('AGENT')")
    TicketView directAnswer(@PathVariable String no, @RequestBody DirectAnswerRequest request) {
        return tickets.directAnswer(parse(no), new DirectAnswer(request.answer(), request.kbEntryId()), actors.current());
    }

    @PostMapping("/{no}/dispatch")
    @PreAuthorize("hasRole('DISPATCHER')")
    TicketView dispatch(@PathVariable String no, @RequestBody(required = false) DispatchRequest request) {
        DispatchRequest body = request == null ? new DispatchRequest(null, List.of(), null) : request;
        return tickets.dispatch(parse(no), new Dispatch(body.departmentCode(),
            body.coHandlers() == null ? List.of() : body.coHandlers(), body.note()), actors.current());
    }

    @PostMapping("/{no}/sign")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView sign(@PathVariable String no) {
        return tickets.sign(parse(no), actors.current());
    }

    @PostMapping("/{no}/return")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView returnTicket(@PathVariable String no, @RequestBody ReasonRequest request) {
        return tickets.returnTicket(parse(no), request.reason(), actors.current());
    }

    @PostMapping("/{no}/notes")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView addNote(@PathVariable String no, @RequestBody TextRequest request) {
        return tickets.addNote(parse(no), request.text(), actors.current());
    }

    @PostMapping("/{no}/extension")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView requestExtension(@PathVariable String no, @RequestBody ExtensionBody request) {
        return tickets.requestExtension(parse(no), new ExtensionRequest(request.workingDays(), request.reason()),
            actors.current());
    }

    @PostMapping("/{no}/extension/approve")
    @PreAuthorize("hasRole('DISPATCHER')")
    TicketView approveExtension(@PathVariable String no, @RequestBody(required = false) NoteRequest request) {
        return tickets.approveExtension(parse(no), note(request), actors.current());
    }

    @PostMapping("/{no}/extension/deny")
    @PreAuthorize("hasRole('DISPATCHER')")
    TicketView denyExtension(@PathVariable String no, @RequestBody ReasonRequest request) {
        return tickets.denyExtension(parse(no), request.reason(), actors.current());
    }

    @PostMapping("/{no}/await-citizen")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView awaitCitizen(@PathVariable String no, @RequestBody ReasonRequest request) {
        return tickets.awaitCitizen(parse(no), request.reason(), actors.current());
    }

    @PostMapping("/{no}/resume")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView resume(@PathVariable String no, @RequestBody(required = false) NoteRequest request) {
        return tickets.resumeFromCitizen(parse(no), note(request), actors.current());
    }

    @PostMapping("/{no}/redispatch")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView redispatch(@PathVariable String no, @RequestBody RedispatchRequest request) {
        return tickets.redispatch(parse(no), request.departmentCode(), request.note(), actors.current());
    }

    @PostMapping("/{no}/contribute")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView contribute(@PathVariable String no, @RequestBody TextRequest request) {
        return tickets.contribute(parse(no), request.text(), actors.current());
    }

    @PostMapping("/{no}/reply")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView reply(@PathVariable String no, @RequestBody TextRequest request) {
        return tickets.reply(parse(no), request.text(), actors.current());
    }

    @PostMapping("/{no}/review")
    @PreAuthorize("hasRole('DISPATCHER')")
    TicketView review(@PathVariable String no, @Valid @RequestBody ReviewRequest request) {
        return tickets.review(parse(no), new ReviewDecision(request.accepted(), request.note()), actors.current());
    }

    @PostMapping("/{no}/follow-up")
    @PreAuthorize("hasRole('DISPATCHER')")
    TicketView followUp(@PathVariable String no, @RequestBody FollowUpRequest request) {
        return tickets.followUp(parse(no), new FollowUp(request.satisfaction(), request.comment(),
            request.via() == null ? Channel.PHONE : request.via(), request.resolved()), actors.current());
    }

    @PostMapping("/{no}/merge")
    @PreAuthorize("hasRole('DISPATCHER')")
    TicketView merge(@PathVariable String no, @RequestBody MergeRequest request) {
        return tickets.merge(parse(no), parse(request.mainTicketNo()), actors.current());
    }

    @PostMapping("/{no}/escalate")
    @PreAuthorize("hasRole('SUPERVISOR')")
    TicketView escalate(@PathVariable String no, @RequestBody(required = false) EscalateRequest request) {
        return request == null ? tickets.escalate(parse(no), null, null, actors.current())
            : tickets.escalate(parse(no), request.level(), request.note(), actors.current());
    }

    @PostMapping("/{no}/escalation-feedback")
    @PreAuthorize("hasRole('DEPARTMENT')")
    TicketView answerEscalation(@PathVariable String no, @RequestBody TextRequest request) {
        return tickets.answerEscalation(parse(no), request.text(), actors.current());
    }

    @PostMapping("/{no}/close")
    @PreAuthorize("hasRole('DISPATCHER')")
    TicketView close(@PathVariable String no, @RequestBody(required = false) NoteRequest request) {
        return tickets.close(parse(no), note(request), actors.current());
    }

    @PostMapping("/{no}/reveal")
    @PreAuthorize(READERS)
    RevealResponse reveal(@PathVariable String no, @RequestBody RevealRequest request) {
        TicketNo ticketNo = parse(no);
        String reason = request.checkedReason();
        CurrentUser user = currentUsers.current();
        confidentialAccess.beforeReveal(user);
        String value = tickets.reveal(ticketNo, request.field(), reason, actors.current());
        confidentialAccess.revealed(user, ticketNo.toString(), request.field().name().toLowerCase(Locale.ROOT),
            reason);
        return new RevealResponse(ticketNo.toString(), request.field(), value);
    }

    private static String note(NoteRequest request) {
        return request == null ? null : request.note();
    }

    private static TicketNo parse(String no) {
        try {
            return TicketNo.parse(no);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a ticket number: expected JH + yyyyMMdd + 6 digits");
        }
    }

    // The request records carry the JSON shape only: every limit and pattern is the workflow module's
    // (org.hotline.workflow.Validation, Code, PhoneNumber, TicketNo), which answers 400 invalid-request per field.

    record RegisterRequest(Channel channel, TicketType type, String categoryCode, String districtCode, String address,
                           Urgency urgency, String citizenPhone, String citizenName, String content,
                           boolean confidential, String callId) {

        RegisterTicket toCommand() {
            return new RegisterTicket(channel, type, categoryCode, districtCode, address,
                urgency == null ? Urgency.NORMAL : urgency, citizenPhone, citizenName, content, confidential, callId);
        }
    }

    /** Criteria of {@code POST /api/tickets/search}, the query parameters' names; {@code page} 0, {@code size} 20 by default. */
    record SearchRequest(TicketStatus status, String department, Boolean overdue, String registeredBy,
                         LocalDate from, LocalDate to, String category, String district, String channel, String q,
                         String phone, String sort, Integer page, Integer size) {

        TicketQuery toQuery(String me) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            Channel parsedChannel = parse("channel", channel, Channel::fromJson, errors);
            TicketQuery.Sort parsedSort = parse("sort", sort, TicketQuery.Sort::fromJson, errors);
            if (!errors.isEmpty()) {
                throw new InvalidTicketException(errors);
            }
            String by = registeredBy == null || registeredBy.isBlank() ? null
                : "me".equals(registeredBy.strip()) ? me : registeredBy.strip();
            return new TicketQuery(status, blank(department), overdue, by, from, to, blank(category), blank(district),
                parsedChannel, blank(q), blank(phone), parsedSort, page == null ? 0 : page, size == null ? 20 : size);
        }

        private static <T> T parse(String field, String value, java.util.function.Function<String, T> parser,
                                   Map<String, String> errors) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                errors.put(field, "unknown value");
                return null;
            }
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    record DirectAnswerRequest(String answer, String kbEntryId) {
    }

    record DispatchRequest(String departmentCode, List<String> coHandlers, String note) {
    }

    record ReasonRequest(String reason) {
    }

    record TextRequest(String text) {
    }

    record NoteRequest(String note) {
    }

    /** {@code level}: the 督办 level to start at or raise to; absent = level 1, or the open chain's next level. */
    record EscalateRequest(String note, Integer level) {
    }

    record ExtensionBody(int workingDays, String reason) {
    }

    record RedispatchRequest(String departmentCode, String note) {
    }

    record ReviewRequest(@NotNull Boolean accepted, String note) {
    }

    /** {@code resolved} (optional): whether the citizen says the problem is solved; default: satisfaction ≥ 3. */
    record FollowUpRequest(int satisfaction, String comment, Channel via,
                           Boolean resolved) {
    }

    record MergeRequest(String mainTicketNo) {
    }

    /** @param reason why the value is needed (2–200 characters); kept in the access audit */
    record RevealRequest(RevealField field, String reason) {

        static final int MAX_REASON = 200;

        String checkedReason() {
            String stripped = reason == null ? "" : reason.strip();
            if (stripped.length() < 2 || stripped.length() > MAX_REASON) {
                throw new InvalidTicketException(Map.of("reason", "required, 2.." + MAX_REASON + " characters"));
            }
            return stripped;
        }
    }

    record RevealResponse(String ticketNo, RevealField field, String value) {
    }
}
