package org.hotline.console.api.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hotline.console.api.ticket.Actors;
import org.hotline.knowledge.TicketTerms;
import org.hotline.workflow.Actor;
import org.hotline.workflow.CategoryTickets;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.Surge;
import org.hotline.workflow.SurgeReport;
import org.hotline.workflow.TicketAnalytics;
import org.hotline.workflow.TicketNo;
import org.hotline.workflow.TicketPage;
import org.hotline.workflow.TicketService;
import org.hotline.workflow.TicketSurges;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hot topics (热点) and surges (突发) for supervisors, administrators and dispatchers (JSON, or CSV with
 * {@code Accept: text/csv}); departments and agents are refused. Default period: the last 7 days up to today.
 */
@RestController
class TrendsController {
    private static final int DEFAULT_DAYS = 7;

    private final HotTopics hotTopics;
    private final TicketSurges surges;
    private final TicketTerms terms;
    private final CategoryTickets categoryTickets;
    private final TicketService tickets;
    private final Actors actors;

    TrendsController(HotTopics hotTopics, TicketSurges surges, TicketTerms terms, CategoryTickets categoryTickets,
                     TicketService tickets, Actors actors) {
        this.hotTopics = hotTopics;
        this.surges = surges;
        this.terms = terms;
        this.categoryTickets = categoryTickets;
        this.tickets = tickets;
        this.actors = actors;
    }

    /** Categories and terms rising against the previous period of the same length, by significance. */
    @GetMapping(value = "/api/analytics/hot-topics", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER')")
    HotTopicReport hotTopics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > HotTopics.MAX_LIMIT) {
            throw new InvalidTicketException(Map.of("limit", "1.." + HotTopics.MAX_LIMIT));
        }
        LocalDate end = to != null ? to : LocalDate.now(AnalyticsController.CHINA);
        return hotTopics.report(from != null ? from : end.minusDays(DEFAULT_DAYS - 1), end, limit, actors.current());
    }

    @GetMapping(value = "/api/analytics/hot-topics", produces = "text/csv")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER')")
    ResponseEntity<byte[]> hotTopicsCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "20") int limit) {
        HotTopicReport report = hotTopics(from, to, limit);
        CsvTable table = new CsvTable(List.of("类型", "代码或词语", "名称", "本期", "上期", "变化", "显著性得分", "显著"));
        for (HotTopicReport.HotCategory c : report.categories()) {
            table.row(Arrays.asList("类别", c.key(), c.label(), c.count(), c.previous(), c.change(),
                c.score(), c.significant() ? "是" : "否"));
        }
        for (HotTopicReport.HotTerm t : report.terms()) {
            table.row(Arrays.asList("词语", t.term(), t.term(), t.count(), t.previous(), t.change(),
                t.score(), t.significant() ? "是" : "否"));
        }
        return table.download("hot-topics-" + report.from() + "-" + report.to() + ".csv");
    }

    /**
     * The tickets behind a hot category ({@code category=}) or term ({@code term=}) in the period, newest first,
     * in the shape of {@code GET /api/tickets}.
     */
    @GetMapping("/api/analytics/hot-topics/tickets")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER')")
    TicketPage hotTopicTickets(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String category, @RequestParam(required = false) String term,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        LocalDate end = to != null ? to : LocalDate.now(AnalyticsController.CHINA);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        Actor actor = actors.current();
        if ((category == null) == (term == null)) {
            throw new InvalidTicketException(Map.of("category", "give either category or term"));
        }
        List<String> numbers;
        long total;
        if (category != null) {
            CategoryTickets.NumberPage found = categoryTickets.find(category, start, end, page, size, actor);
            numbers = found.ticketNos();
            total = found.total();
        } else {
            if (term.isBlank() || term.length() > TicketTerms.MAX_TERM_LENGTH) {
                throw new InvalidTicketException(Map.of("term", "1.." + TicketTerms.MAX_TERM_LENGTH + " characters"));
            }
            checkPaging(start, end, page, size);
            TicketTerms.TermTickets found = terms.tickets(term.strip(), start, end, page, size);
            numbers = found.ticketNos();
            total = found.total();
        }
        return new TicketPage(tickets.findAll(numbers.stream().map(TicketNo::parse).toList(), actor), page, size,
            total);
    }

    private static void checkPaging(LocalDate from, LocalDate to, int page, int size) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= TicketAnalytics.MAX_PERIOD_DAYS) {
            throw new InvalidTicketException(Map.of("to", "after from, at most " + TicketAnalytics.MAX_PERIOD_DAYS
                + " days"));
        }
        if (page < 0 || page > 1_000_000 || size < 1 || size > 200) {
            throw new InvalidTicketException(Map.of(size < 1 || size > 200 ? "size" : "page", "out of range"));
        }
    }

    /** Surges whose hour lies in the period (default: the last 7 days), newest first, with their tickets. */
    @GetMapping(value = "/api/analytics/surges", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER')")
    SurgeReport surges(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(AnalyticsController.CHINA);
        return surges.surges(from != null ? from : end.minusDays(DEFAULT_DAYS - 1), end, actors.current());
    }

    @GetMapping(value = "/api/analytics/surges", produces = "text/csv")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER')")
    ResponseEntity<byte[]> surgesCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        SurgeReport report = surges(from, to);
        CsvTable table = new CsvTable(List.of("时段", "类别", "类别名称", "区域", "区域名称", "工单数", "预期数",
            "发现时间", "工单号"));
        for (Surge s : report.surges()) {
            table.row(List.of(s.hour(), s.category(), s.categoryLabel(), s.district(), s.districtLabel(), s.count(),
                s.expected(), s.detectedAt(), String.join(" ", s.tickets())));
        }
        return table.download("surges-" + report.from() + "-" + report.to() + ".csv");
    }
}
