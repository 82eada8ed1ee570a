package org.hotline.console.api.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotline.console.api.ticket.Actors;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Escalation;
import org.hotline.workflow.EscalationService;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.KpiGroup;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.KpiReport;
import org.hotline.workflow.OverdueTicket;
import org.hotline.workflow.Surge;
import org.hotline.workflow.TicketAnalytics;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketSurges;
import org.hotline.workflow.TierReport;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily, weekly and monthly reports (日报、周报、月报) as Excel workbooks with the sheets 汇总, 部门（分级）, 分类,
 * 热点, 突发, 超期 and 督办. Supervisors, administrators and dispatchers get every sheet; a department gets its own
 * figures, its places in its tiers (other departments unnamed), its overdue tickets and its 督办 chains, and the
 * center-wide sheets (分类, 热点, 突发) carry only a note; agents are refused. Every sheet is read through the same
 * services as the JSON endpoints, with the reader's role.
 */
@RestController
class ReportsController {
    static final MediaType XLSX =
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** The most rows of the overdue and 督办 lists. */
    static final int MAX_LIST_ROWS = 2000;
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final String NOT_FOR_ROLE = "本角色的报表不含此表（仅监督、调度人员可见）";

    private final TicketAnalytics analytics;
    private final HotTopics hotTopics;
    private final TicketSurges surges;
    private final TicketService tickets;
    private final EscalationService escalations;
    private final Actors actors;
    private final Executor reads;

    ReportsController(TicketAnalytics analytics, HotTopics hotTopics, TicketSurges surges, TicketService tickets,
                      EscalationService escalations, Actors actors,
                      @Qualifier("applicationTaskExecutor") Executor reads) {
        this.reads = reads;
        this.analytics = analytics;
        this.hotTopics = hotTopics;
        this.surges = surges;
        this.tickets = tickets;
        this.escalations = escalations;
        this.actors = actors;
    }

    /** 日报 of one day (default: today, China time). */
    @GetMapping("/api/analytics/reports/daily")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER', 'DEPARTMENT')")
    ResponseEntity<byte[]> daily(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date != null ? date : LocalDate.now(AnalyticsController.CHINA);
        return report("日报", day.toString(), "daily-" + day, day, day);
    }

    /** 周报 of an ISO week, {@code YYYY-Www} (default: this week), Monday to Sunday. */
    @GetMapping("/api/analytics/reports/weekly")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER', 'DEPARTMENT')")
    ResponseEntity<byte[]> weekly(@RequestParam(required = false) String week) {
        LocalDate monday;
        if (week == null) {
            monday = LocalDate.now(AnalyticsController.CHINA).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } else {
            Matcher m = WEEK.matcher(week);
            monday = null;
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int number = Integer.parseInt(m.group(2));
                try {
                    monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                } catch (DateTimeException e) {
                    monday = null;
                }
            }
            if (monday == null) {
                throw new InvalidTicketException(Map.of("week", "an ISO week YYYY-Www, e.g. 2026-W49"));
            }
        }
        String label = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
            + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return report("周报", label, "weekly-" + label, monday, monday.plusDays(6));
    }

    /** 月报 of a month, {@code YYYY-MM} (default: this month). */
    @GetMapping("/api/analytics/reports/monthly")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER', 'DEPARTMENT')")
    ResponseEntity<byte[]> monthly(@RequestParam(required = false) String month) {
        YearMonth ym;
        try {
            ym = month != null ? YearMonth.parse(month) : YearMonth.now(AnalyticsController.CHINA);
        } catch (DateTimeParseException e) {
            throw new InvalidTicketException(Map.of("month", "a month YYYY-MM"));
        }
        return report("月报", ym.toString(), "monthly-" + ym, ym.atDay(1), ym.atEndOfMonth());
    }

    private ResponseEntity<byte[]> report(String kind, String label, String asciiName, LocalDate from, LocalDate to) {
        Actor actor = actors.current();
        // The sheets' reads are independent of each other: all at once, then the sheets written in order. The
        // figures by category are read once, for the category sheet and the hot categories. The summary's read
        // checks the period and the role; it is awaited before anything is written.
        CompletableFuture<KpiReport> summaryRead = read(() -> analytics.kpis(from, to, KpiGroupBy.NONE, actor));
        CompletableFuture<TierReport> tiers = read(() -> analytics.tiers(from, to, actor));
        CompletableFuture<KpiReport> categories = read(() -> analytics.kpis(from, to, KpiGroupBy.CATEGORY, actor));
        CompletableFuture<HotTopicReport> hotTopicReport = categories.thenApplyAsync(
            byCategory -> hotTopics.report(from, to, HotTopics.MAX_LIMIT, actor, byCategory), reads);
        CompletableFuture<List<Surge>> surgeList = read(() -> surges.surges(from, to, actor).surges());
        CompletableFuture<List<OverdueTicket>> overdue = read(() -> tickets.overdueNow(MAX_LIST_ROWS, actor));
        Instant start = from.atStartOfDay(AnalyticsController.CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(AnalyticsController.CHINA).toInstant();
        CompletableFuture<List<Escalation>> escalated = read(() ->
            escalations.startedBetween(start, end, MAX_LIST_ROWS, actor));

        KpiReport summary = join(summaryRead);
        ReportWorkbook book = new ReportWorkbook();
        summarySheet(book, summary, actor);
        departmentSheet(book, tiers);
        guarded(book, "分类", kpiHeader("类别代码", "类别名称"), () -> {
            for (KpiGroup group : join(categories).groups()) {
                book.row(kpiRow(group.key(), group.label(), group));
            }
        });
        guarded(book, "热点", List.of("类型", "代码或词语", "名称", "类别组", "本期", "上期", "变化", "显著性得分", "显著"), () -> {
            HotTopicReport hot = join(hotTopicReport);
            for (HotTopicReport.HotCategory c : hot.categories()) {
                book.row(Arrays.asList("类别", c.key(), c.label(), c.group(), c.count(), c.previous(),
                    new ReportWorkbook.Rate(c.change()), c.score(), c.significant() ? "是" : "否"));
            }
            for (HotTopicReport.HotTerm t : hot.terms()) {
                book.row(Arrays.asList("词语", t.term(), t.term(), null, t.count(), t.previous(),
                    new ReportWorkbook.Rate(t.change()), t.score(), t.significant() ? "是" : "否"));
            }
        });
        guarded(book, "突发", List.of("时段", "类别", "类别名称", "区域", "区域名称", "工单数", "预期数", "发现时间", "工单号"),
            () -> {
                for (Surge s : join(surgeList)) {
                    book.row(List.of(s.hour(), s.category(), s.categoryLabel(), s.district(), s.districtLabel(),
                        s.count(), s.expected(), s.detectedAt(), String.join(" ", s.tickets())));
                }
            });
        overdueSheet(book, overdue);
        escalationSheet(book, escalated);
        String fileName = "12345热线" + kind + "-" + label + ".xlsx";
        return ResponseEntity.ok()
            .contentType(XLSX)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hotline-" + asciiName
                + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
            .body(book.bytes());
    }

    private void summarySheet(ReportWorkbook book, KpiReport summary, Actor actor) {
        book.sheet("汇总", List.of("指标", "数值", "定义"));
        book.row(List.of("统计期", summary.from() + " 至 " + summary.to()));
        if (actor.role() == Actor.Role.DEPARTMENT) {
            book.row(List.of("单位", actor.departmentCode()));
        }
        KpiGroup all = summary.groups().isEmpty() ? null : summary.groups().get(0);
        List<Long> counts = all == null ? null : KpiValues.counts(all.counts());
        List<Double> rates = all == null ? null : KpiValues.rates(all.rates());
        int i = 0;
        for (KpiDefinitions.Definition d : KpiDefinitions.COUNTS.values()) {
            book.row(Arrays.asList(d.name(), counts == null ? 0L : counts.get(i++), d.definition()));
        }
        i = 0;
        for (KpiDefinitions.Definition d : KpiDefinitions.RATES.values()) {
            book.row(Arrays.asList(d.name(), new ReportWorkbook.Rate(rates == null ? null : rates.get(i++)),
                d.definition()));
        }
    }

    private static void departmentSheet(ReportWorkbook book, CompletableFuture<TierReport> tiers) {
        guarded(book, "部门（分级）", kpiHeader("类别组", "类别组名称", "组中位得分", "名次", "单位代码", "单位名称", "得分"), () -> {
            for (TierReport.Tier tier : join(tiers).tiers()) {
                for (TierReport.TierEntry entry : tier.departments()) {
                    List<Object> row = new ArrayList<>(Arrays.asList(tier.key(), tier.label(),
                        tier.medianScore(), entry.rank(), entry.key(), entry.label() != null ? entry.label() : "（其他单位）",
                        entry.score()));
                    if (entry.counts() != null) {
                        row.addAll(KpiValues.counts(entry.counts()));
                        KpiValues.rates(entry.rates()).forEach(rate -> row.add(new ReportWorkbook.Rate(rate)));
                    }
                    book.row(row);
                }
            }
        });
    }

    private static void overdueSheet(ReportWorkbook book, CompletableFuture<List<OverdueTicket>> overdue) {
        guarded(book, "超期", List.of("工单号", "状态", "登记时间", "类别", "区域", "主办单位", "签收时限", "办理时限", "督办次数"),
            () -> {
                for (OverdueTicket t : join(overdue)) {
                    book.row(Arrays.asList(t.ticketNo().toString(), t.status().name(), t.registeredAt(),
                        t.categoryCode(), t.districtCode(), t.departmentCode(), t.signDueAt(), t.handleDueAt(),
                        t.escalationCount()));
                }
            });
    }

    private static void escalationSheet(ReportWorkbook book, CompletableFuture<List<Escalation>> escalated) {
        guarded(book, "督办", List.of("工单号", "承办单位", "原因", "当前级别", "状态", "开始时间", "反馈时限", "结束时间"), () -> {
            for (Escalation e : join(escalated)) {
                book.row(Arrays.asList(e.ticketNo().toString(), e.departmentCode(), e.reason().name(),
                    e.currentLevel(), e.status().name(), e.startedAt(), e.feedbackDueAt(), e.endedAt()));
            }
        });
    }

    private <T> CompletableFuture<T> read(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, reads);
    }

    /** The read's result, or its own exception (a role refused, invalid input) as the services threw it. */
    private static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Writes a sheet; when the reader's role may not read it, the sheet carries a note instead. */
    private static void guarded(ReportWorkbook book, String name, List<String> header, Runnable rows) {
        book.sheet(name, header);
        try {
            rows.run();
        } catch (ActionNotPermittedException e) {
            book.row(List.of(NOT_FOR_ROLE));
        }
    }

    private static List<String> kpiHeader(String... first) {
        List<String> header = new ArrayList<>(List.of(first));
        KpiDefinitions.COUNTS.values().forEach(d -> header.add(d.name()));
        KpiDefinitions.RATES.values().forEach(d -> header.add(d.name()));
        return header;
    }

    private static List<Object> kpiRow(String key, String label, KpiGroup group) {
        List<Object> row = new ArrayList<>(List.of(key, label));
        row.addAll(KpiValues.counts(group.counts()));
        KpiValues.rates(group.rates()).forEach(rate -> row.add(new ReportWorkbook.Rate(rate)));
        return row;
    }
}
