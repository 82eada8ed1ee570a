package org.hotline.console.api.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outcome of a dialled callback over HTTP, on MariaDB, with the test AMI server: only the dialling agent or a
 * supervisor records it, "reached" finishes the task, other outcomes put it back with the attempt counted, every
 * outcome is audited, and wrong requests are problems.
 */
class CallbackOutcomeApiIT extends HotlineIntegrationSupport {

    @Autowired
    JdbcTemplate jdbc;

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
        await().atMost(Duration.ofSeconds(30)).until(AMI::hasClient);
    }

    @Test
    void aBusyLineKeepsTheTaskOpenAndReachedFinishesIt() {
        long id = openTask();

        assertThat(api.post("agent1", "/api/callbacks/" + id + "/dial", Map.of()).status()).isEqualTo(200);
        assertThat(ids(api.get("agent1", "/api/callbacks?mine=true").json())).contains(id);
        assertThat(ids(api.get("agent2", "/api/callbacks?mine=true").json())).doesNotContain(id);
        Response byOther = api.post("agent2", "/api/callbacks/" + id + "/outcome", Map.of("outcome", "busy"));
        assertProblem(byOther, 403, "callback-not-yours");

        Response busy = api.post("agent1", "/api/callbacks/" + id + "/outcome",
            Map.of("outcome", "busy", "note", "忙音，稍后再拨"));
        assertThat(busy.status()).as(busy.toString()).isEqualTo(200);
        assertThat(busy.json().get("status").asText()).isEqualTo("open");
        assertThat(busy.json().get("attempts").asInt()).isEqualTo(1);
        assertThat(busy.json().get("lastOutcome").asText()).isEqualTo("busy");
        assertThat(busy.json().get("lastAgent").asText()).isEqualTo("agent1");
        assertThat(busy.json().has("agent")).isFalse();
        assertThat(ids(api.get("agent2", "/api/callbacks").json())).contains(id);
        assertProblem(api.post("agent1", "/api/callbacks/" + id + "/outcome", Map.of("outcome", "busy")), 409,
            "callback-not-dialled");

        assertThat(api.post("agent2", "/api/callbacks/" + id + "/dial", Map.of()).status()).isEqualTo(200);
        Response reached = api.post("supervisor1", "/api/callbacks/" + id + "/outcome",
            Map.of("outcome", "reached", "note", "已答复"));
        assertThat(reached.status()).as(reached.toString()).isEqualTo(200);
        assertThat(reached.json().get("status").asText()).isEqualTo("done");
        assertThat(reached.json().get("attempts").asInt()).isEqualTo(2);
        assertThat(ids(api.get("agent1", "/api/callbacks").json())).doesNotContain(id);

        List<Map<String, Object>> audit = jdbc.queryForList("SELECT dialled_by, recorded_by, outcome, note, status_after "
            + "FROM telephony_callback_attempt WHERE callback_id = ? ORDER BY id", id);
        assertThat(audit).extracting(a -> a.get("dialled_by") + "/" + a.get("recorded_by") + "/" + a.get("outcome")
            + "/" + a.get("status_after"))
            .containsExactly("agent1/agent1/BUSY/OPEN", "agent2/supervisor1/REACHED/DONE");
        assertThat(audit.get(0).get("note")).isEqualTo("忙音，稍后再拨");
    }

    @Test
    void theThirdUnansweredAttemptFinishesTheTaskAndAWrongNumberAtOnce() {
        long id = openTask();
        for (String outcome : List.of("no-answer", "voicemail", "no_answer")) {
            assertThat(api.post("agent1", "/api/callbacks/" + id + "/dial", Map.of()).status()).isEqualTo(200);
            assertThat(api.post("agent1", "/api/callbacks/" + id + "/outcome", Map.of("outcome", outcome)).status())
                .isEqualTo(200);
        }
        JsonNode last = api.get("supervisor1", "/api/callbacks").json();
        assertThat(ids(last)).doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT status FROM telephony_callback WHERE id = ?", String.class, id))
            .isEqualTo("DONE");

        long wrong = openTask();
        assertThat(api.post("agent1", "/api/callbacks/" + wrong + "/dial", Map.of()).status()).isEqualTo(200);
        Response answer = api.post("agent1", "/api/callbacks/" + wrong + "/outcome",
            Map.of("outcome", "wrong-number"));
        assertThat(answer.json().get("status").asText()).isEqualTo("done");
        assertThat(answer.json().get("lastOutcome").asText()).isEqualTo("wrong_number");
    }

    @Test
    void wrongRequestsAreProblemsAndChangeNothing() {
        long id = openTask();
        assertProblem(api.post("agent1", "/api/callbacks/" + id + "/outcome", Map.of("outcome", "reached")), 409,
            "callback-not-dialled");
        assertThat(api.post("agent1", "/api/callbacks/" + id + "/dial", Map.of()).status()).isEqualTo(200);
        assertProblem(api.post("agent1", "/api/callbacks/" + id + "/outcome", Map.of("outcome", "maybe")), 400,
            "invalid-request");
        assertProblem(api.post("agent1", "/api/callbacks/" + id + "/outcome", Map.of("outcome", "reached",
            "note", "长".repeat(501))), 400, "invalid-request");
        assertProblem(api.post("agent1", "/api/callbacks/999999999/outcome", Map.of("outcome", "reached")), 404,
            "callback-not-found");
        assertThat(api.post("dispatcher1", "/api/callbacks/" + id + "/outcome", Map.of("outcome", "reached"))
            .status()).isEqualTo(403);
        assertThat(api.post("dept-gjj", "/api/callbacks/" + id + "/outcome", Map.of("outcome", "reached"))
            .status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_callback_attempt WHERE callback_id = ?",
            Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM telephony_callback WHERE id = ?", String.class, id))
            .isEqualTo("TAKEN");
    }

    private long openTask() {
        AmiFixture abandoned = TestCalls.abandonedCall();
        String caller = TestCalls.callerOf(abandoned);
        AMI.play(abandoned.unsolicitedEvents());
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode task : api.get("agent1", "/api/callbacks").json()) {
                if (caller.equals(task.get("callerNumber").asText())) {
                    return task.get("id").asLong();
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    private static List<Long> ids(JsonNode tasks) {
        List<Long> ids = new java.util.ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asLong()));
        return ids;
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }
}
