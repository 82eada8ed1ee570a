package org.hotline.console.api.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotline.console.api.ticket.Actors;
import org.hotline.workflow.KpiCounts;
import org.hotline.workflow.KpiGroup;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.KpiRates;
import org.hotline.workflow.KpiReport;
import org.hotline.workflow.TicketAnalytics;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/**
 * Supervisor analytics: the ticket figures (JSON, or CSV with {@code Accept: text/csv}). Who reads what is the
 * workflow's rule ({@link TicketAnalytics#kpis}): everyone logged in may ask, and sees only what the role allows.
 */
@RestController
class AnalyticsController {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int DEFAULT_DAYS = 30;

    private final TicketAnalytics analytics;
    private final Actors actors;

    AnalyticsController(TicketAnalytics analytics, Actors actors) {
        this.analytics = analytics;
        this.actors = actors;
    }

    /** Without {@code from}/{@code to}: the last 30 days up to today (China time). */
    @GetMapping(value = "/api/analytics/kpis", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    KpiReport kpis(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "none") String groupBy) {
        LocalDate end = to != null ? to : LocalDate.now(CHINA);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        return analytics.kpis(start, end, KpiGroupBy.fromJson(groupBy), actors.current());
    }

    @GetMapping(value = "/api/analytics/kpis", produces = "text/csv")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> kpisCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "none") String groupBy) {
        KpiReport report = kpis(from, to, groupBy);
        return kpiTable(report).download("kpis-" + report.groupBy().jsonValue() + "-" + report.from() + "-"
            + report.to() + ".csv");
    }

    /** The figures' names and definitions (zh-CN), as the pages show them on hover. */
    @GetMapping("/api/analytics/definitions")
    @PreAuthorize("isAuthenticated()")
    Map<String, Map<String, KpiDefinitions.Definition>> definitions() {
        return Map.of("counts", KpiDefinitions.COUNTS, "rates", KpiDefinitions.RATES);
    }

    /** Rebuilds the figures from the tickets (after a change of definition); idempotent. */
    @PostMapping("/api/admin/analytics/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Long> rebuild() {
        return Map.of("tickets", analytics.rebuild());
    }

    static CsvTable kpiTable(KpiReport report) {
        List<String> header = new ArrayList<>(List.of("key", "label"));
        KpiDefinitions.COUNTS.forEach((key, d) -> header.add(d.name()));
        KpiDefinitions.RATES.forEach((key, d) -> header.add(d.name()));
        CsvTable table = new CsvTable(header);
        for (KpiGroup group : report.groups()) {
            KpiCounts c = group.counts();
            KpiRates r = group.rates();
            List<Object> row = new ArrayList<>(List.of(group.key(), group.label(), c.registered(),
                c.directAnswered(), c.dispatched(), c.returned(), c.extended(), c.escalated(), c.replied(),
                c.closed(), c.closedOnTime(), c.followedUp(), c.satisfied(), c.resolved(), c.reopened(), c.merged(),
                c.overdue()));
            for (Double rate : new Double[] {r.signOnTime(), r.closeOnTime(), r.returnRate(), r.extension(),
                r.followUp(), r.satisfaction(), r.resolution(), r.firstContactResolution(), r.directAnswer(),
                r.repeatRequest()}) {
                row.add(rate);
            }
            table.row(row);
        }
        return table;
    }
}
