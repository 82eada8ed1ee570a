package org.hotline.console.api.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hotline.console.api.ticket.Actors;
import org.hotline.workflow.KpiGroup;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.KpiReport;
import org.hotline.workflow.RepeatReport;
import org.hotline.workflow.TicketAnalytics;
import org.hotline.workflow.TierReport;
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

    /** Departments ranked within their category group (分级分类评价); default period: the last 30 days. */
    @GetMapping(value = "/api/analytics/tiers", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    TierReport tiers(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(CHINA);
        return analytics.tiers(from != null ? from : end.minusDays(DEFAULT_DAYS - 1), end, actors.current());
    }

    @GetMapping(value = "/api/analytics/tiers", produces = "text/csv")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> tiersCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        TierReport report = tiers(from, to);
        CsvTable table = new CsvTable(List.of("类别组", "类别组名称", "组中位得分", "名次", "单位", "单位名称", "得分"));
        for (TierReport.Tier tier : report.tiers()) {
            for (TierReport.TierEntry entry : tier.departments()) {
                table.row(Arrays.asList(tier.key(), tier.label(), tier.medianScore(), entry.rank(), entry.key(),
                    entry.label(), entry.score()));
            }
        }
        return table.download("tiers-" + report.from() + "-" + report.to() + ".csv");
    }

    /** Phones and places with 2+ tickets in the last {@code days} days (default 30), with the tickets. */
    @GetMapping(value = "/api/analytics/repeats", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER')")
    RepeatReport repeats(@RequestParam(defaultValue = "30") int days) {
        return analytics.repeats(days, actors.current());
    }

    @GetMapping(value = "/api/analytics/repeats", produces = "text/csv")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER')")
    ResponseEntity<byte[]> repeatsCsv(@RequestParam(defaultValue = "30") int days) {
        RepeatReport report = repeats(days);
        CsvTable table = new CsvTable(List.of("类型", "号码或地址", "工单号", "登记时间", "类别", "承办单位", "未办结"));
        for (RepeatReport.RepeatGroup group : report.groups()) {
            for (RepeatReport.RepeatTicket ticket : group.tickets()) {
                table.row(List.of(group.kind() == RepeatReport.Kind.PHONE ? "来电号码" : "地址", group.key(),
                    ticket.ticketNo(), ticket.registeredAt(), ticket.categoryCode(), ticket.departmentCode(),
                    ticket.open() ? "是" : "否"));
            }
        }
        return table.download("repeats-" + days + "d.csv");
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
            List<Object> row = new ArrayList<>(List.of(group.key(), group.label()));
            row.addAll(KpiValues.counts(group.counts()));
            row.addAll(KpiValues.rates(group.rates()));
            table.row(row);
        }
        return table;
    }
}
