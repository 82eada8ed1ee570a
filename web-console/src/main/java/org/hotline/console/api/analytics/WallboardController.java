package org.hotline.console.api.analytics;

import java.util.List;

import org.hotline.console.wallboard.Wallboard;
import org.hotline.console.wallboard.WallboardSnapshot;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisors' wallboard: its current snapshot (the same as the {@code wallboard} push message that the
 * supervisor socket receives whenever it changes). Supervisors and administrators; dispatchers read it.
 */
@RestController
class WallboardController {

    private final Wallboard wallboard;

    WallboardController(Wallboard wallboard) {
        this.wallboard = wallboard;
    }

    @GetMapping(value = "/api/analytics/wallboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER')")
    WallboardSnapshot wallboard() {
        return wallboard.snapshot();
    }

    @GetMapping(value = "/api/analytics/wallboard", produces = "text/csv")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'DISPATCHER')")
    ResponseEntity<byte[]> wallboardCsv() {
        WallboardSnapshot s = wallboard.snapshot();
        WallboardSnapshot.Calls c = s.calls();
        WallboardSnapshot.Agents a = s.agents();
        WallboardSnapshot.Tickets t = s.tickets();
        CsvTable table = new CsvTable(List.of("指标", "数值"));
        table.row(List.of("时间", s.at()));
        table.row(List.of("排队来电", c.waiting()));
        table.row(List.of("最长等待（秒）", c.longestWaitSeconds()));
        table.row(List.of("今日呼入", c.offeredToday()));
        table.row(List.of("今日接通", c.answeredToday()));
        table.row(List.of("今日15秒内接通", c.answeredWithin15sToday()));
        table.row(java.util.Arrays.asList("今日15秒服务水平", c.serviceLevelToday()));
        table.row(List.of("今日放弃", c.abandonedToday()));
        table.row(java.util.Arrays.asList("今日放弃率", c.abandonRateToday()));
        table.row(List.of("示闲", a.ready()));
        table.row(List.of("通话", a.talking()));
        table.row(List.of("话后处理", a.wrapUp()));
        table.row(List.of("示忙", a.paused()));
        table.row(List.of("离线", a.offline()));
        table.row(List.of("今日登记工单", t.registeredToday()));
        t.byChannel().forEach((channel, n) -> table.row(List.of("今日登记·" + channel, n)));
        table.row(List.of("当前超期", t.overdueNow()));
        table.row(List.of("当前督办", t.escalatedNow()));
        return table.download("wallboard.csv");
    }
}
