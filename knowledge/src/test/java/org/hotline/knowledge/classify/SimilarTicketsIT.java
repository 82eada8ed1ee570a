package org.hotline.knowledge.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hotline.knowledge.KnowledgeProperties;
import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.SimilarTicket;
import org.hotline.knowledge.SimilarTickets;
import org.hotline.knowledge.SimilarityReason;
import org.hotline.knowledge.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = KnowledgeTestApplication.class)
class SimilarTicketsIT {

    private static final String STREETLIGHT = "江城区滨江路128号门口的路灯已经坏了一个星期了，晚上黑乎乎的很不安全，希望尽快修一下";

    @Autowired
    SimilarTickets similar;

    @Autowired
    TicketSnapshotMapper snapshots;

    @Autowired
    KnowledgeProperties properties;

    @Test
    void findsTheSameCallersOpenTicketsOfTheLastThirtyDays() {
        String phone = randomPhone();
        String recent = ticketNo();
        String old = ticketNo();
        similar.index(TestKnowledge.openTicket(recent, "小区物业不作为", phone, null, "C1301", daysAgo(20)));
        similar.index(TestKnowledge.openTicket(old, "小区物业不作为", phone, null, "C1301", daysAgo(40)));

        List<SimilarTicket> found = similar.find("", "+86 " + phone, null, null);

        assertThat(found).extracting(SimilarTicket::ticketNo).containsExactly(recent);
        assertThat(found.get(0).reason()).isEqualTo(SimilarityReason.SAME_CALLER);
    }

    @Test
    void findsSimilarTextInTheSameDistrictAndCategoryWithinSevenDays() {
        String district = "D" + TestKnowledge.unique();
        String match = ticketNo();
        String otherCategory = ticketNo();
        String tooOld = ticketNo();
        String unrelated = ticketNo();
        similar.index(TestKnowledge.openTicket(match, STREETLIGHT, randomPhone(), district, "C0601", daysAgo(2)));
        similar.index(TestKnowledge.openTicket(otherCategory, STREETLIGHT, randomPhone(), district, "C0702", daysAgo(2)));
        similar.index(TestKnowledge.openTicket(tooOld, STREETLIGHT, randomPhone(), district, "C0601", daysAgo(8)));
        similar.index(TestKnowledge.openTicket(unrelated, "孩子入学报名需要准备哪些材料", randomPhone(), district,
                "C0601", daysAgo(1)));

        List<SimilarTicket> found = similar.find("滨江路128号那边路灯坏了好几天，晚上很黑", randomPhone(), district, "C0601");

        assertThat(found).extracting(SimilarTicket::ticketNo).containsExactly(match);
        assertThat(found.get(0).reason()).isEqualTo(SimilarityReason.SIMILAR_TEXT);
        assertThat(found.get(0).score()).isBetween(properties.getSimilarTextThreshold(), 1.0);
        assertThat(similar.find("滨江路128号那边路灯坏了好几天，晚上很黑", null, district, null))
                .extracting(SimilarTicket::ticketNo).containsExactlyInAnyOrder(match, otherCategory);
    }

    @Test
    void closedAndRemovedTicketsAreNotFound() {
        String phone = randomPhone();
        String closed = ticketNo();
        String removed = ticketNo();
        String open = ticketNo();
        similar.index(TestKnowledge.openTicket(closed, STREETLIGHT, phone, null, null, daysAgo(1)));
        similar.index(TestKnowledge.openTicket(removed, STREETLIGHT, phone, null, null, daysAgo(1)));
        similar.index(TestKnowledge.openTicket(open, STREETLIGHT, phone, null, null, daysAgo(1)));

        similar.close(closed);
        similar.remove(removed);

        assertThat(similar.find(STREETLIGHT, phone, null, null)).extracting(SimilarTicket::ticketNo)
                .containsExactly(open);
    }

    @Test
    void theIndexIsRebuiltFromStoredSnapshots() {
        String phone = randomPhone();
        String ticket = ticketNo();
        similar.index(TestKnowledge.openTicket(ticket, STREETLIGHT, phone, "JC", "C0601", daysAgo(3)));

        SimilarTicketIndex restarted = new SimilarTicketIndex(snapshots, properties);
        restarted.start();

        assertThat(restarted.find(null, phone, null, null)).extracting(SimilarTicket::ticketNo).containsExactly(ticket);
    }

    private static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    private static String ticketNo() {
        return "T" + TestKnowledge.unique();
    }

    private static String randomPhone() {
        return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }
}
