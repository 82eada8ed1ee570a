package org.hotline.knowledge.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.SimilarTicket;
import org.hotline.knowledge.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Copies of ticket text older than {@code hotline.knowledge.ticket-copy-retention} (365 days) are deleted. */
@SpringBootTest(classes = KnowledgeTestApplication.class)
class TicketCopyPurgeIT {

    @Autowired
    TicketCopyPurge purge;

    @Autowired
    SimilarTicketIndex similar;

    @Autowired
    LearnedExampleMapper examples;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void purgesCopiesOlderThanTheRetentionAndKeepsRecentOnes() {
        Instant now = Instant.now();
        String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String old = "T" + TestKnowledge.unique();
        String recent = "T" + TestKnowledge.unique();
        similar.index(TestKnowledge.openTicket(old, "去年反映的噪音问题", phone, null, "C1301", now.minus(Duration.ofDays(400))));
        similar.index(TestKnowledge.openTicket(recent, "上周反映的噪音问题", phone, null, "C1301", now.minus(Duration.ofDays(10))));
        String oldText = "旧例" + TestKnowledge.uniqueHanWord();
        String recentText = "新例" + TestKnowledge.uniqueHanWord();
        examples.insert(oldText, "C1301", now.minus(Duration.ofDays(366)));
        examples.insert(recentText, "C1301", now.minus(Duration.ofDays(364)));

        assertThat(purge.purge(now)).isGreaterThanOrEqualTo(2);

        assertThat(snapshots(old)).isZero();
        assertThat(snapshots(recent)).isOne();
        assertThat(learned(oldText)).isZero();
        assertThat(learned(recentText)).isOne();
        assertThat(similar.find("", phone, null, null)).extracting(SimilarTicket::ticketNo).containsExactly(recent);
    }

    private int snapshots(String ticketNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM kb_ticket_snapshot WHERE ticket_no = ?", Integer.class,
            ticketNo);
    }

    private int learned(String text) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM kb_learned_example WHERE text_body = ?", Integer.class, text);
    }
}
