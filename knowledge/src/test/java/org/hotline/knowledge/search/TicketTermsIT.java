package org.hotline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.hotline.knowledge.KnowledgeTestApplication;
import org.hotline.knowledge.TicketTerms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Term counts on MariaDB: once per ticket, summed over month and day rows, and the drill-down's tickets. */
@SpringBootTest(classes = KnowledgeTestApplication.class)
class TicketTermsIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    TicketTerms terms;

    @Test
    void countsATicketOncePerTermAndSumsAnyPeriodFromMonthAndDayRows() {
        // A year of this test's own, so that the counts are exactly its tickets'. 07:30 China time is the previous
        // day in UTC: the day must be China's.
        int year = 3000 + ThreadLocalRandom.current().nextInt(0, 5000);
        LocalDate jan31 = LocalDate.of(year, 1, 31);
        LocalDate feb1 = LocalDate.of(year, 2, 1);
        LocalDate feb15 = LocalDate.of(year, 2, 15);
        LocalDate mar1 = LocalDate.of(year, 3, 1);
        LocalDate mar2 = LocalDate.of(year, 3, 2);
        String a = record(jan31, "楼下烧烤油烟扰民，油烟很大");
        record(feb1, "烧烤油烟");
        String c = record(feb15, "油烟扰民");
        String d = record(mar1, "饭店油烟");
        record(mar2, "油烟");
        // The same copy arriving again (a retried feed) counts nothing.
        terms.record(a, "楼下烧烤油烟扰民，油烟很大", jan31.atTime(7, 30).atZone(CHINA).toInstant());

        List<String> words = List.of("油烟", "烧烤", "扰民", "饭店");
        assertThat(terms.candidates(jan31, mar1)).containsAll(words);
        assertThat(terms.candidates(LocalDate.of(year, 2, 2), LocalDate.of(year, 2, 28)))
            .containsExactlyInAnyOrder("油烟", "扰民");
        assertThat(terms.count(jan31, mar1, words)).containsEntry("油烟", 4L).containsEntry("烧烤", 2L)
            .containsEntry("扰民", 2L);
        assertThat(terms.count(feb1, feb1.withDayOfMonth(feb1.lengthOfMonth()), words)).containsEntry("油烟", 2L);
        assertThat(terms.count(LocalDate.of(year, 2, 2), mar2, words)).containsEntry("油烟", 3L)
            .doesNotContainKey("烧烤");
        assertThat(terms.count(jan31, jan31, words)).containsEntry("油烟", 1L);

        TicketTerms.TermTickets page = terms.tickets("油烟", jan31, mar1, 0, 2);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.ticketNos()).containsExactly(d, c);
        assertThat(terms.tickets("油烟", jan31, mar1, 1, 2).ticketNos()).hasSize(2).doesNotContain(d, c);
    }

    private String record(LocalDate day, String text) {
        String no = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
        terms.record(no, text, day.atTime(7, 30).atZone(CHINA).toInstant());
        return no;
    }
}
