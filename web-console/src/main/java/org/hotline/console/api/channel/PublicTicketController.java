package org.hotline.console.api.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.hotline.console.api.ApiProblems;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Department;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.TimelineEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen's progress lookup, without login: ticket number plus the last four digits of the reporter's phone.
 * A wrong tail answers exactly like an unknown number (404 {@code ticket-not-found}); the answer reveals only the
 * status, the department's name, the dates and the reply once it was accepted. Rate-limited per IP (429).
 */
@RestController
class PublicTicketController {

    /** Reads as a supervisor would (so confidential reporters can look up their own ticket); never writes. */
    private static final Actor LOOKUP = new Actor("public-lookup", Actor.Role.SUPERVISOR, null);

    private final TicketService tickets;
    private final OrgDirectory org;
    private final PublicLookupLimiter limiter;

    PublicTicketController(TicketService tickets, OrgDirectory org, PublicLookupLimiter limiter) {
        this.tickets = tickets;
        this.org = org;
        this.limiter = limiter;
    }

    @GetMapping("/api/public/tickets/{no}")
    ResponseEntity<?> lookup(@PathVariable String no, @RequestParam(required = false) String phoneTail,
                             HttpServletRequest request) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(limiter.retryAfterSeconds()))
                .body(ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    "Too many lookups from this address; try again in a minute."));
        }
        return find(no, phoneTail).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() ->
            ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblems.problem(HttpStatus.NOT_FOUND,
                "ticket-not-found", "No ticket with this number and phone.")));
    }

    private Optional<PublicTicket> find(String no, String phoneTail) {
        if (phoneTail == null || !phoneTail.matches("\\d{4}") || no == null || !no.matches("JH\\d{14}")) {
            return Optional.empty();
        }
        TicketNo ticketNo = TicketNo.parse(no);
        return tickets.find(ticketNo, LOOKUP)
            .filter(t -> t.citizenPhone() != null && t.citizenPhone().endsWith(phoneTail))
            .map(t -> new PublicTicket(t.ticketNo().toString(), t.status(),
                t.departmentCode() == null ? null : org.department(t.departmentCode()).map(Department::name).orElse(null),
                t.registeredAt(), t.repliedAt(), t.closedAt(), publishedReply(t)));
    }

    /** The department's reply once the dispatcher accepted it, or the agent's direct answer. */
    private String publishedReply(TicketView ticket) {
        boolean published = ticket.status() == TicketStatus.FOLLOW_UP || ticket.status() == TicketStatus.CLOSED;
        if (!published) {
            return null;
        }
        List<TimelineEntry> timeline = tickets.timeline(ticket.ticketNo(), LOOKUP);
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry entry = timeline.get(i);
            if ("reply".equals(entry.action()) || "direct-answer".equals(entry.action())) {
                return entry.note();
            }
        }
        return null;
    }

    /** What the public may know of a ticket. */
    record PublicTicket(String ticketNo, TicketStatus status, String departmentName, Instant registeredAt,
                        Instant repliedAt, Instant closedAt, String reply) {
    }
}
