package org.hotline.console.api.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hotline.console.security.CurrentUser;
import org.hotline.console.security.CurrentUsers;
import org.hotline.workflow.Actor;
import org.hotline.workflow.CalendarDay;
import org.hotline.workflow.Code;
import org.hotline.workflow.DayKind;
import org.hotline.workflow.RoutingRule;
import org.hotline.workflow.RoutingRules;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.Urgency;
import org.hotline.workflow.Validation;
import org.hotline.workflow.VoidedTicketNumber;
import org.hotline.workflow.WorkingCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Configuration an administrator edits: routing rules (each change redeploys the routing decision as a new
 * version) and the working-day calendar (holidays and make-up workdays); and the ticket numbers a finished day
 * voided, for audit.
 */
@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMIN')")
class ConfigurationController {

    private final RoutingRules routingRules;
    private final WorkingCalendar calendar;
    private final TicketService tickets;
    private final CurrentUsers currentUsers;

    ConfigurationController(RoutingRules routingRules, WorkingCalendar calendar, TicketService tickets,
                            CurrentUsers currentUsers) {
        this.routingRules = routingRules;
        this.calendar = calendar;
        this.tickets = tickets;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/routing-rules")
    RoutingRulesView routingRules() {
        return new RoutingRulesView(routingRules.currentDecisionVersion(), routingRules.list());
    }

    /** Adds or replaces the rule for (category, district, urgency); answers the new decision version. */
    @PutMapping("/routing-rules")
    Map<String, Integer> upsertRule(@Valid @RequestBody RuleRequest request) {
        int version = routingRules.upsert(new RoutingRule(request.categoryCode(), request.districtCode(),
            request.departmentCode(), request.priority() == null ? defaultPriority(request.districtCode()) : request.priority(),
            request.signDeadlineMinutes(), request.handleDays(), request.urgency()), actor());
        return Map.of("decisionVersion", version);
    }

    @DeleteMapping("/routing-rules")
    Map<String, Integer> deleteRule(@RequestParam @NotBlank String category,
                                    @RequestParam @NotBlank String district,
                                    @RequestParam(required = false) Urgency urgency) {
        return Map.of("decisionVersion", routingRules.delete(new Code(category).value(), new Code(district).value(),
            urgency, actor()));
    }

    @GetMapping("/calendar/{year}")
    List<CalendarDay> calendar(@PathVariable @Min(2000) @Max(2100) int year) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100");
        }
        return calendar.year(year);
    }

    @PutMapping("/calendar/days/{date}")
    CalendarDay setDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                       @Valid @RequestBody DayRequest request) {
        return calendar.setDay(date, request.kind(), request.name(), actor());
    }

    /**
     * The numbers of a finished day that no ticket carries (registrations that rolled back and whose number was not
     * reused before midnight, or that died with their node), recorded by the nightly reconciliation.
     */
    @GetMapping("/ticket-numbers/{day}/voided")
    List<VoidedTicketNumber> voidedTicketNumbers(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return tickets.voidedNumbers(day, actor());
    }

    private static int defaultPriority(String districtCode) {
        return "*".equals(districtCode) ? 9 : 1;
    }

    private Actor actor() {
        CurrentUser user = currentUsers.current();
        return new Actor(user.username(), Actor.Role.ADMIN, null);
    }

    record RoutingRulesView(int decisionVersion, List<RoutingRule> rules) {
    }

    /** The codes' shape is checked once, by {@link RoutingRule#validate()} ({@link Code}). */
    record RuleRequest(@NotBlank String categoryCode,
                       @NotBlank String districtCode,
                       @NotBlank String departmentCode,
                       @Min(0) @Max(99) Integer priority,
                       @Min(1) Integer signDeadlineMinutes,
                       @Min(1) @Max(365) Integer handleDays,
                       Urgency urgency) {
    }

    record DayRequest(@NotNull DayKind kind, @Size(max = Validation.NAME) String name) {
    }
}
