package org.hotline.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrative reads beyond configuration: the ticket numbers a finished day voided. */
class AdminApiIT extends HotlineIntegrationSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void voidedTicketNumbersOfADayAreListedInOrderForAdministratorsOnly() {
        LocalDate day = LocalDate.of(1995, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        jdbc.update("INSERT INTO workflow_ticket_number_void (seq_date, seq_value, reason, recorded_at)"
                + " VALUES (?, 7, 'lost', ?), (?, 3, 'freed', ?)", day, day.plusDays(1).atTime(0, 15), day,
                day.plusDays(1).atTime(0, 15));
        TestApi api = api();
        String path = "/api/admin/ticket-numbers/" + day + "/voided";
        String prefix = "JH" + day.toString().replace("-", "");

        Response listed = api.get("admin", path);

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).hasSize(2);
        assertThat(listed.json().get(0).get("ticketNo").asText()).isEqualTo(prefix + "000003");
        assertThat(listed.json().get(0).get("reason").asText()).isEqualTo("freed");
        assertThat(listed.json().get(1).get("ticketNo").asText()).isEqualTo(prefix + "000007");
        assertThat(listed.json().get(1).get("reason").asText()).isEqualTo("lost");
        for (String user : new String[] {"agent1", "dispatcher1", "supervisor1", "dept-gjj"}) {
            Response refused = api.get(user, path);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.isProblem()).as(user).isTrue();
        }
        assertThat(api.get("admin", "/api/admin/ticket-numbers/not-a-day/voided").status()).isEqualTo(400);
    }
}
