package org.hotline.console.api.escalation;

import java.time.LocalDate;
import java.util.List;

import org.hotline.console.api.ticket.Actors;
import org.hotline.workflow.Escalation;
import org.hotline.workflow.EscalationLevelSetting;
import org.hotline.workflow.EscalationQuery;
import org.hotline.workflow.EscalationService;
import org.hotline.workflow.EscalationStats;
import org.hotline.workflow.EscalationStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 督办 chains across tickets: the lists supervisors and dispatchers work from, a department's own, the figures per
 * department and the configured levels. Escalating and answering are ticket actions ({@code /api/tickets/{no}/…}).
 */
@RestController
@RequestMapping("/api/escalations")
class EscalationController {

    private static final String READERS = "hasAnyRole('DISPATCHER','DEPARTMENT','SUPERVISOR')";

    private final EscalationService escalations;
    private final Actors actors;

    EscalationController(EscalationService escalations, Actors actors) {
        this.escalations = escalations;
        this.actors = actors;
    }

    @GetMapping
    @PreAuthorize(READERS)
    List<Escalation> search(@RequestParam(required = false) EscalationStatus status,
                            @RequestParam(required = false) String department,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        return escalations.search(new EscalationQuery(status, department, page, size), actors.current());
    }

    @GetMapping("/stats")
    @PreAuthorize(READERS)
    List<EscalationStats> stats(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return escalations.stats(from, to, actors.current());
    }

    @GetMapping("/levels")
    @PreAuthorize("hasAnyRole('AGENT','DISPATCHER','DEPARTMENT','SUPERVISOR')")
    List<EscalationLevelSetting> levels() {
        return escalations.levels();
    }
}
