package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exactness of the ticket figures: tickets driven through known paths by the real service on MariaDB, on a day of
 * their own (the engine clock is moved there), give exactly the counts and rates the definitions say; a rebuild
 * from the tickets gives the same rollup rows.
 */
class TicketFiguresIT extends WorkflowIntegrationTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    TicketAnalytics analytics;
    @Autowired
    JdbcTemplate jdbc;

    private final Actor dispatcher = TestTickets.dispatcher();
    private final Actor agent = TestTickets.agent();

    @Test
    void everyCountAndRateFollowsItsDefinitionAndTheRebuildGivesTheSameRows() {
        LocalDate day = ownDay();
        at(day, 9, 0);

        // A: answered directly by the agent.
        TicketNo a = register(TestTickets.socialInsuranceComplaint());
        tickets.directAnswer(a, new DirectAnswer("可在社保中心窗口办理", null), agent);

        // B: returned by SBZX, re-dispatched to RSJ, signed, replied, satisfied.
        RegisterTicket bCommand = TestTickets.socialInsuranceComplaint();
        TicketNo b = register(bCommand);
        tickets.dispatch(b, new Dispatch(null, List.of(), null), dispatcher);
        tickets.returnTicket(b, "不属于我单位职责", TestTickets.department("SBZX"));
        tickets.dispatch(b, new Dispatch("RSJ", List.of(), null), dispatcher);
        tickets.sign(b, TestTickets.department("RSJ"));
        replyAndAccept(b, "RSJ");
        tickets.followUp(b, new FollowUp(4, null, Channel.PHONE), dispatcher);

        // C: same caller as B (a repeat request); extended; satisfied but says the problem is not solved.
        TicketNo c = register(withPhone(TestTickets.socialInsuranceComplaint(), bCommand.citizenPhone()));
        tickets.dispatch(c, new Dispatch(null, List.of(), null), dispatcher);
        tickets.sign(c, TestTickets.department("SBZX"));
        tickets.requestExtension(c, new ExtensionRequest(3, "需现场核查"), TestTickets.department("SBZX"));
        tickets.approveExtension(c, null, dispatcher);
        replyAndAccept(c, "SBZX");
        tickets.followUp(c, new FollowUp(5, null, Channel.PHONE, false), dispatcher);

        // E: unsatisfied, reopened, replied again, satisfied.
        TicketNo e = register(TestTickets.socialInsuranceComplaint());
        tickets.dispatch(e, new Dispatch(null, List.of(), null), dispatcher);
        tickets.sign(e, TestTickets.department("SBZX"));
        replyAndAccept(e, "SBZX");
        tickets.followUp(e, new FollowUp(2, "没解决", Channel.PHONE), dispatcher);
        replyAndAccept(e, "SBZX");
        tickets.followUp(e, new FollowUp(4, null, Channel.SMS), dispatcher);

        // F merged into G; G dispatched, escalated by a supervisor and never signed (overdue later).
        TicketNo f = register(TestTickets.socialInsuranceComplaint());
        TicketNo g = register(TestTickets.socialInsuranceComplaint());
        tickets.merge(f, g, dispatcher);
        tickets.dispatch(g, new Dispatch(null, List.of(), null), dispatcher);
        tickets.escalate(g, "请加快办理", TestTickets.supervisor());

        // D: signed in time, replied after its handle deadline (late close).
        TicketNo d = register(TestTickets.socialInsuranceComplaint());
        tickets.dispatch(d, new Dispatch(null, List.of(), null), dispatcher);
        tickets.sign(d, TestTickets.department("SBZX"));
        at(day.plusDays(40), 10, 0);
        replyAndAccept(d, "SBZX");
        tickets.followUp(d, new FollowUp(3, null, Channel.PHONE), dispatcher);

        KpiReport report = analytics.kpis(day, day, KpiGroupBy.NONE, TestTickets.supervisor());

        assertThat(report.groups()).singleElement().satisfies(group -> {
            assertThat(group.key()).isEqualTo("all");
            assertThat(group.counts()).isEqualTo(new KpiCounts(7, 1, 5, 1, 1, 1, 4, 5, 4, 4, 4, 3, 1, 1, 1));
            KpiRates r = group.rates();
            assertThat(r.signOnTime()).isCloseTo(4.0 / 5, within(1e-9));
            assertThat(r.closeOnTime()).isCloseTo(4.0 / 5, within(1e-9));
            assertThat(r.returnRate()).isCloseTo(1.0 / 5, within(1e-9));
            assertThat(r.extension()).isCloseTo(1.0 / 5, within(1e-9));
            assertThat(r.followUp()).isEqualTo(1.0);
            assertThat(r.satisfaction()).isEqualTo(1.0);
            assertThat(r.resolution()).isCloseTo(3.0 / 4, within(1e-9));
            assertThat(r.firstContactResolution()).isCloseTo(2.0 / 5, within(1e-9));
            assertThat(r.directAnswer()).isCloseTo(1.0 / 6, within(1e-9));
            assertThat(r.repeatRequest()).isCloseTo(1.0 / 7, within(1e-9));
        });

        KpiReport byDepartment = analytics.kpis(day, day, KpiGroupBy.DEPARTMENT, TestTickets.supervisor());
        assertThat(byDepartment.groups()).extracting(KpiGroup::key).containsExactly("SBZX", "", "RSJ");
        KpiGroup rsj = byDepartment.groups().get(2);
        assertThat(rsj.counts()).isEqualTo(new KpiCounts(1, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0));
        assertThat(rsj.label()).isEqualTo("市人力资源和社会保障局");
        KpiGroup undispatched = byDepartment.groups().get(1);
        assertThat(undispatched.counts().registered()).isEqualTo(2);
        assertThat(undispatched.rates().signOnTime()).as("no dispatched ticket: no sign rate").isNull();
        assertThat(undispatched.rates().closeOnTime()).isEqualTo(1.0);

        TierReport tiers = analytics.tiers(day, day, TestTickets.supervisor());
        assertThat(tiers.tiers()).singleElement().satisfies(tier -> {
            assertThat(tier.key()).isEqualTo("C01");
            assertThat(tier.departments()).extracting(TierReport.TierEntry::key).containsExactly("RSJ", "SBZX");
            assertThat(tier.departments().get(0).score()).isEqualTo(1.0);
            // SBZX: sign 3/4, close on time 2/3, satisfied 3/3, resolved 2/3.
            assertThat(tier.departments().get(1).score()).isCloseTo((0.75 + 2.0 / 3 + 1 + 2.0 / 3) / 4, within(1e-9));
            assertThat(tier.departments().get(1).counts().overdue()).isEqualTo(1);
            assertThat(tier.medianScore()).isCloseTo((1.0 + tier.departments().get(1).score()) / 2, within(1e-9));
        });
        assertThat(analytics.tiers(day, day, TestTickets.department("SBZX")).tiers()).singleElement()
                .satisfies(tier -> {
                    assertThat(tier.departments().get(0).key()).isNull();
                    assertThat(tier.departments().get(0).counts()).isNull();
                    assertThat(tier.departments().get(1).key()).isEqualTo("SBZX");
                    assertThat(tier.departments().get(1).rank()).isEqualTo(2);
                });
        assertThat(analytics.tiers(day, day, TestTickets.department("GJJ")).tiers()).isEmpty();

        RepeatReport repeats = analytics.repeats(60, TestTickets.supervisor());
        assertThat(repeats.groups()).filteredOn(r -> r.tickets().stream().anyMatch(t -> t.ticketNo().equals(b)))
                .singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(RepeatReport.Kind.PHONE);
                    assertThat(r.key()).contains("****").doesNotContain(bCommand.citizenPhone());
                    assertThat(r.tickets()).extracting(RepeatReport.RepeatTicket::ticketNo).containsExactly(b, c);
                });
        assertThatThrownBy(() -> analytics.repeats(30, TestTickets.department("SBZX")))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> analytics.repeats(91, dispatcher)).isInstanceOf(InvalidTicketException.class);

        LocalDate monthStart = day.withDayOfMonth(1);
        LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
        KpiReport month = analytics.kpis(monthStart, monthEnd, KpiGroupBy.DEPARTMENT, TestTickets.supervisor());
        assertThat(month.groups()).filteredOn(group -> group.key().equals("RSJ")).singleElement()
                .satisfies(group -> assertThat(group.counts().registered()).isGreaterThanOrEqualTo(1));
        List<Map<String, Object>> live = rollupRows(day);
        List<Map<String, Object>> liveMonth = rollupRows(monthStart);
        assertThat(live).isNotEmpty();
        analytics.rebuild();
        assertThat(rollupRows(day)).isEqualTo(live);
        assertThat(rollupRows(monthStart)).isEqualTo(liveMonth);
        assertThat(analytics.kpis(day, day, KpiGroupBy.NONE, TestTickets.supervisor())).isEqualTo(report);
        assertThat(analytics.kpis(monthStart, monthEnd, KpiGroupBy.DEPARTMENT, TestTickets.supervisor()))
                .isEqualTo(month);
    }

    @Test
    void aDepartmentReadsOnlyItsOwnFiguresAndAnAgentOnlyItsOwn() {
        LocalDate day = ownDay();
        at(day, 9, 0);
        TicketNo no = register(TestTickets.socialInsuranceComplaint());
        tickets.dispatch(no, new Dispatch(null, List.of(), null), dispatcher);

        KpiReport own = analytics.kpis(day, day, KpiGroupBy.NONE, TestTickets.department("SBZX"));
        assertThat(own.groups()).singleElement().satisfies(g -> assertThat(g.counts().dispatched()).isEqualTo(1));
        KpiReport other = analytics.kpis(day, day, KpiGroupBy.DEPARTMENT, TestTickets.department("RSJ"));
        assertThat(other.groups()).isEmpty();
        assertThatThrownBy(() -> analytics.kpis(day, day, KpiGroupBy.CATEGORY, TestTickets.department("SBZX")))
                .isInstanceOf(ActionNotPermittedException.class);

        assertThat(analytics.kpis(day, day, KpiGroupBy.AGENT, agent).groups()).singleElement()
                .satisfies(g -> assertThat(g.key()).isEqualTo("agent1"));
        assertThat(analytics.kpis(day, day, KpiGroupBy.AGENT, TestTickets.otherAgent()).groups()).isEmpty();
    }

    @Test
    void aPeriodMustBeOrderedAndBounded() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThatThrownBy(() -> analytics.kpis(day, day.minusDays(1), KpiGroupBy.NONE, dispatcher))
                .isInstanceOf(InvalidTicketException.class);
        assertThatThrownBy(() -> analytics.kpis(day, day.plusYears(4), KpiGroupBy.NONE, dispatcher))
                .isInstanceOf(InvalidTicketException.class);
        assertThat(analytics.kpis(day.plusYears(30), day.plusYears(30), KpiGroupBy.NONE, dispatcher).groups())
                .singleElement().satisfies(g -> {
                    assertThat(g.counts().registered()).isZero();
                    assertThat(g.rates()).isEqualTo(new KpiRates(null, null, null, null, null, null, null, null,
                            null, null));
                });
    }

    private void replyAndAccept(TicketNo no, String department) {
        tickets.reply(no, "已处理", TestTickets.department(department));
        tickets.review(no, new ReviewDecision(true, null), dispatcher);
    }

    private TicketNo register(RegisterTicket command) {
        return tickets.register(withAddress(command, "高新区云谷路" + UUID.randomUUID()), agent).ticketNo();
    }

    /** The rollup of a day per dimension and key: its slot rows summed (how many rows hold it may change). */
    private List<Map<String, Object>> rollupRows(LocalDate day) {
        return jdbc.queryForList("SELECT dimension, dim_key, SUM(registered), SUM(direct_answered), SUM(dispatched),"
                + " SUM(signed_on_time), SUM(returned), SUM(extended), SUM(escalated), SUM(replied), SUM(closed),"
                + " SUM(closed_on_time), SUM(followed_up), SUM(satisfied), SUM(resolved), SUM(reopened),"
                + " SUM(merged), SUM(first_contact), SUM(repeat_request) FROM workflow_analytics_daily"
                + " WHERE reg_day = ? GROUP BY dimension, dim_key HAVING SUM(registered) <> 0"
                + " ORDER BY dimension, dim_key", day);
    }

    /** A weekday between 2031 and 2040 that no other test uses. */
    private static LocalDate ownDay() {
        LocalDate day = LocalDate.of(2031, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(0, 500));
        return day.getDayOfWeek() == DayOfWeek.MONDAY ? day.plusDays(1) : day;
    }

    private static void at(LocalDate day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(CHINA).toInstant()));
    }

    private static RegisterTicket withPhone(RegisterTicket t, String phone) {
        return new RegisterTicket(t.channel(), t.type(), t.categoryCode(), t.districtCode(), t.address(), t.urgency(),
                phone, t.citizenName(), t.content(), t.confidential(), t.callId());
    }

    private static RegisterTicket withAddress(RegisterTicket t, String address) {
        return new RegisterTicket(t.channel(), t.type(), t.categoryCode(), t.districtCode(), address, t.urgency(),
                t.citizenPhone(), t.citizenName(), t.content(), t.confidential(), t.callId());
    }
}
