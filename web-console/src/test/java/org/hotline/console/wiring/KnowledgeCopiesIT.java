package org.hotline.console.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the knowledge module keeps of tickets (duplicate-detection snapshot, hot-topic terms, learned examples):
 * ticket text only masked, and nothing of a confidential report.
 */
class KnowledgeCopiesIT extends HotlineIntegrationSupport {

    private static final String PHONE = "13912345678";
    private static final String ID_NUMBER = "330102199001011234";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void copiedTicketTextIsMaskedAndAConfidentialReportLeavesNothing() {
        TestApi api = api();
        String marker = "暗渠" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String content = "小区" + marker + "污水外溢，联系电话 " + PHONE + "，身份证号 " + ID_NUMBER + "，请尽快处理";
        String secret = register(api, content.replace(marker, marker + "密"), true);
        String open = register(api, content, false);
        for (String no : List.of(secret, open)) {
            Response answered = api.post("agent1", "/api/tickets/" + no + "/direct-answer",
                Map.of("answer", "已转告物业清理"));
            assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForList("SELECT text_body FROM kb_ticket_snapshot WHERE ticket_no = ?", String.class,
                open)).singleElement().asString().contains(marker).doesNotContain(PHONE).doesNotContain(ID_NUMBER);
            assertThat(jdbc.queryForList("SELECT text_body FROM kb_learned_example WHERE text_body LIKE ?",
                String.class, "%" + marker + "%")).isNotEmpty()
                .allSatisfy(text -> assertThat(text).doesNotContain(PHONE).doesNotContain(ID_NUMBER));
            assertThat(count("SELECT COUNT(*) FROM kb_term_ticket WHERE ticket_no = ?", open)).isPositive();
        });
        // The open ticket's copies are written by the same listeners after the same kind of commit, so by now the
        // confidential one's would be there too had they been written.
        assertThat(count("SELECT COUNT(*) FROM kb_ticket_snapshot WHERE ticket_no = ?", secret)).isZero();
        assertThat(count("SELECT COUNT(*) FROM kb_term_ticket WHERE ticket_no = ?", secret)).isZero();
        assertThat(count("SELECT COUNT(*) FROM kb_learned_example WHERE text_body LIKE ?", "%" + marker + "密%"))
            .isZero();
    }

    private String register(TestApi api, String content, boolean confidential) {
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "districtCode", "JC", "citizenPhone", "13700001111", "content", content,
            "confidential", confidential));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("ticketNo").asText();
    }

    private int count(String sql, String argument) {
        Integer n = jdbc.queryForObject(sql, Integer.class, argument);
        return n == null ? 0 : n;
    }
}
