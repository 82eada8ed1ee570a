package org.hotline.console.api.analytics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hotline.console.api.ticket.Actors;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.TicketAnalytics;
import org.hotline.workflow.TicketPage;
import org.hotline.workflow.TicketView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drill-down from a figure to its tickets: exactly the tickets counted in one cell of {@code /api/analytics/kpis}
 * ({@link TicketAnalytics#cellTickets}), with the same role rules, as a page of the ticket list.
 */
@RestController
class FigureTicketsController {

    private final TicketAnalytics analytics;
    private final Actors actors;

    FigureTicketsController(TicketAnalytics analytics, Actors actors) {
        this.analytics = analytics;
        this.actors = actors;
    }

    /**
     * {@code key}: the group's key as kpis answered it (not needed for {@code groupBy=none}); {@code count}: a count
     * key of kpis ({@code registered}, {@code returned}, …, {@code overdue}) or a rate's numerator
     * ({@code signedOnTime}, {@code firstContact}, {@code repeatRequest}).
     */
    @GetMapping(value = "/api/analytics/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    TicketPage tickets(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(defaultValue = "none") String groupBy,
                       @RequestParam(required = false) String key,
                       @RequestParam(defaultValue = "registered") String count,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size) {
        return analytics.cellTickets(from, to, KpiGroupBy.fromJson(groupBy), key, count, page, size,
            actors.current());
    }

    @GetMapping(value = "/api/analytics/tickets", produces = "text/csv")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> ticketsCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(defaultValue = "none") String groupBy,
                                      @RequestParam(required = false) String key,
                                      @RequestParam(defaultValue = "registered") String count,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "100") int size) {
        TicketPage result = tickets(from, to, groupBy, key, count, page, size);
        CsvTable table = new CsvTable(List.of("工单号", "登记时间", "状态", "渠道", "类别", "区县", "承办单位", "超期"));
        for (TicketView t : result.items()) {
            table.row(Arrays.asList(t.ticketNo(), t.registeredAt(), t.status(), t.channel(), t.categoryCode(),
                t.districtCode(), t.departmentCode(), t.overdue() ? "是" : "否"));
        }
        return table.download("tickets-" + groupBy + "-" + (key == null ? "all" : key) + "-" + count + "-" + from
            + "-" + to + ".csv");
    }
}
