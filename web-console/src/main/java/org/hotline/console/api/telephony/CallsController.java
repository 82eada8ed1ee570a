package org.hotline.console.api.telephony;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.hotline.console.security.CurrentUsers;
import org.hotline.telephony.AgentCallStats;
import org.hotline.telephony.CallPage;
import org.hotline.telephony.CallQuery;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.CallSimulator;
import org.hotline.telephony.CallStats;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.EmergencyService;
import org.hotline.telephony.IvrChoice;
import org.hotline.telephony.Surveys;
import org.hotline.telephony.TelephonyService;
import org.hotline.telephony.TransferMode;
import org.hotline.telephony.UnknownCallException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Call records, wallboard figures, transfers and (embedded mode) simulated calls. */
@RestController
@RequestMapping("/api/calls")
@Validated
class CallsController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration SATISFACTION_DEFAULT_PERIOD = Duration.ofDays(30);

    private final CallRecords callRecords;
    private final Surveys surveys;
    private final TelephonyService telephony;
    private final ObjectProvider<CallSimulator> simulator;
    private final CurrentUsers currentUsers;
    private final CallOwnership ownership;

    CallsController(CallRecords callRecords, Surveys surveys, TelephonyService telephony,
                    ObjectProvider<CallSimulator> simulator, CurrentUsers currentUsers, CallOwnership ownership) {
        this.ownership = ownership;
        this.callRecords = callRecords;
        this.surveys = surveys;
        this.telephony = telephony;
        this.simulator = simulator;
        this.currentUsers = currentUsers;
    }

    /** Supervisors see every call; an agent sees only its own, whatever {@code agent} says. */
    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'AGENT')")
    CallPage search(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                    @RequestParam(required = false) @Size(max = 64) String agent,
                    @RequestParam(required = false) @Pattern(regexp = "(?i)answered|abandoned|short_abandon|ivr_only|unanswered")
                    String disposition,
                    @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                    @RequestParam(defaultValue = "50") @Min(1) @Max(CallQuery.MAX_SIZE) int size) {
        CurrentUser user = currentUsers.current();
        String onlyAgent = user.is(ConsoleRole.AGENT) ? user.username() : blankToNull(agent);
        return callRecords.search(new CallQuery(from, to, onlyAgent,
                disposition == null ? null : Disposition.parse(disposition), page, size));
    }

    @GetMapping("/stats")
    @PreAuthorize("hasRole('SUPERVISOR')")
    CallStats stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minusSeconds(24 * 3600) : from;
        return callRecords.stats(start, end);
    }

    /** The same figures per day (China time), {@code from}..{@code to} inclusive (default: the last 7 days). */
    @GetMapping("/stats/daily")
    @PreAuthorize("hasRole('SUPERVISOR')")
    List<CallStats> dailyStats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(CHINA) : to;
        return callRecords.dailyStats(from == null ? end.minusDays(6) : from, end);
    }

    /** Per agent, the calls each answered (default: the last 24 hours); an agent sees only its own. */
    @GetMapping("/stats/agents")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'AGENT')")
    List<AgentCallStats> agentStats(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minusSeconds(24 * 3600) : from;
        CurrentUser user = currentUsers.current();
        return callRecords.agentStats(start, end, user.is(ConsoleRole.AGENT) ? user.username() : null);
    }

    /**
     * Satisfaction per agent from the post-call IVR survey: supervisors and administrators see every agent (or the
     * one {@code agent} names); an agent sees only itself. {@code from}/{@code to}: {@code YYYY-MM-DD} (China time,
     * {@code to} inclusive) or ISO instants; the default is the last 30 days.
     */
    @GetMapping("/satisfaction")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'AGENT')")
    SatisfactionReport satisfaction(@RequestParam(required = false) @Size(max = 40) String from,
                                    @RequestParam(required = false) @Size(max = 40) String to,
                                    @RequestParam(required = false) @Size(max = 64) String agent) {
        CurrentUser user = currentUsers.current();
        boolean seesAll = user.is(ConsoleRole.SUPERVISOR) || user.is(ConsoleRole.ADMIN);
        String only = seesAll ? blankToNull(agent) : user.username();
        ReportPeriod period = ReportPeriod.parse(from, to, SATISFACTION_DEFAULT_PERIOD);
        return SatisfactionReport.of(period, surveys.satisfaction(period.from(), period.to(), only));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'AGENT')")
    CallRecord find(@PathVariable @Size(max = 64) String id) {
        CurrentUser user = currentUsers.current();
        CallRecord record = callRecords.find(id).orElseThrow(() -> new UnknownCallException(id));
        if (user.is(ConsoleRole.AGENT) && !user.username().equals(record.agent())) {
            throw new UnknownCallException(id);
        }
        return record;
    }

    /**
     * Body: {@code {"department":"GJJ"}} (optionally {@code "mode":"blind"|"attended"|"conference"}, blind by
     * default) or {@code {"emergency":"110"}}, exactly one of department and emergency. An attended transfer keeps the
     * agent on the line until it completes ({@code /transfer/complete}) or cancels ({@code /transfer/cancel}) it; a
     * three-way call ({@code conference}) calls the department's window in while caller and agent keep talking, then
     * the agent leaves ({@code /transfer/complete}, once the department joined) or stays, or drops the window
     * ({@code /transfer/cancel}).
     */
    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transfer(@PathVariable @Size(max = 64) String id, @Valid @RequestBody TransferRequest request) {
        boolean toDepartment = request.department() != null && !request.department().isBlank();
        boolean toEmergency = request.emergency() != null && !request.emergency().isBlank();
        if (toDepartment == toEmergency) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give either department or emergency");
        }
        String actor = transferringActor(id);
        if (toDepartment) {
            TransferMode mode = request.mode() == null || request.mode().isBlank() ? TransferMode.BLIND
                    : TransferMode.valueOf(request.mode().trim().toUpperCase(Locale.ROOT));
            telephony.transfer(id, request.department().trim(), mode, actor);
        } else {
            if (request.mode() != null && !request.mode().isBlank()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "an emergency transfer has no mode");
            }
            EmergencyService service = EmergencyService.parse(request.emergency()).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.BAD_REQUEST, "emergency must be 110, 119, 120 or 122"));
            telephony.transferEmergency(id, service, actor);
        }
    }

    /** The agent leaves an attended transfer or a three-way call: the caller stays with the department. */
    @PostMapping("/{id}/transfer/complete")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void completeTransfer(@PathVariable @Size(max = 64) String id) {
        telephony.completeTransfer(id, transferringActor(id));
    }

    /** The agent calls an attended transfer or the window's part in a three-way call off: the caller stays. */
    @PostMapping("/{id}/transfer/cancel")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancelTransfer(@PathVariable @Size(max = 64) String id) {
        telephony.cancelTransfer(id, transferringActor(id));
    }

    /** The one place every transfer endpoint checks who may transfer the call, and names who does. */
    private String transferringActor(String callId) {
        CurrentUser user = currentUsers.current();
        ownership.requireMayTransfer(callId, user);
        return user.username();
    }

    /** Embedded mode only: plays a call answered by the current agent; answers 404 elsewhere. */
    @PostMapping("/simulate")
    @PreAuthorize("hasRole('AGENT')")
    @ResponseStatus(HttpStatus.CREATED)
    SimulatedCall simulate(@Valid @RequestBody SimulateRequest request) {
        CallSimulator available = simulator.getIfAvailable();
        if (available == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "call simulation exists only in embedded mode");
        }
        IvrChoice choice = null;
        if (request.ivrChoice() != null && !request.ivrChoice().isBlank()) {
            String value = request.ivrChoice().trim();
            choice = IvrChoice.ofKey(value).orElseGet(() -> IvrChoice.valueOf(value.toUpperCase(Locale.ROOT)));
        }
        return new SimulatedCall(available.simulateCall(request.callerNumber(), currentUsers.current().username(),
                choice));
    }

    record TransferRequest(@Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]*") String department,
                           @Size(max = 16) String emergency,
                           @Pattern(regexp = "(?i)blind|attended|conference") String mode) {
    }

    record SimulateRequest(@Pattern(regexp = "\\+?[0-9]{3,20}") String callerNumber,
                           @Pattern(regexp = "(?i)[0-3]|consultation|complaint|ticket_status|agent") String ivrChoice) {
    }

    record SimulatedCall(String callId) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
