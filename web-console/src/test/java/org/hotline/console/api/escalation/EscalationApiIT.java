package org.hotline.console.api.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.TestSocket;
import org.hotline.console.push.TestPushClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 督办 over HTTP: a supervisor escalates at a chosen level, the department answers, the chain shows on the ticket,
 * the lists and figures answer by role, wrong requests are problems, and each step is pushed on real sockets.
 */
class EscalationApiIT extends HotlineIntegrationSupport {

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    private String signedAtHousingFund() {
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "content", "公积金提取三周未到账，身份证号990102199001011234"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of("departmentCode", "GJJ"))
            .status()).isEqualTo(200);
        assertThat(api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of()).status()).isEqualTo(200);
        return no;
    }

    @Test
    void supervisorEscalatesAtAChosenLevelAndTheDepartmentAnswers() {
        String no = signedAtHousingFund();

        try (TestPushClient supervisor = TestSocket.open(api, "supervisor1");
             TestPushClient department = TestSocket.open(api, "dept-gjj")) {
            supervisor.drainWithPing();
            department.drainWithPing();

            Response escalated = api.post("supervisor1", "/api/tickets/" + no + "/escalate",
                Map.of("note", "多次来电", "level", 2));
            assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
            JsonNode chain = escalated.json().get("escalations").get(0);
            assertThat(chain.get("status").asText()).isEqualTo("open");
            assertThat(chain.get("reason").asText()).isEqualTo("MANUAL");
            JsonNode level = chain.get("levels").get(0);
            assertThat(level.get("level").asInt()).isEqualTo(2);
            assertThat(level.get("card").asText()).isEqualTo("yellow");
            assertThat(level.get("trigger").asText()).isEqualTo("supervisor");
            assertThat(level.get("feedbackDueAt").asText()).isNotBlank();

            JsonNode raised = last(department.until(frame -> isOf(frame, "escalation-level-raised", no)));
            assertThat(raised.get("payload").get("level").asInt()).isEqualTo(2);
            assertThat(raised.get("payload").get("card").asText()).isEqualTo("yellow");
            assertThat(raised.get("payload").get("addressees")).extracting(JsonNode::asText)
                .contains("department_leader");
            JsonNode card = last(supervisor.until(frame -> isOf(frame, "card-issued", no)));
            assertThat(card.get("payload").get("departmentCode").asText()).isEqualTo("GJJ");

            Response asDepartment = api.get("dept-gjj", "/api/tickets/" + no);
            assertThat(asDepartment.json().get("allowedActions")).extracting(JsonNode::asText)
                .contains("escalation-feedback");
            Response answered = api.post("dept-gjj", "/api/tickets/" + no + "/escalation-feedback",
                Map.of("text", "已核实，明日到账"));
            assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
            JsonNode after = answered.json().get("escalations").get(0);
            assertThat(after.get("status").asText()).isEqualTo("answered");
            assertThat(after.get("levels").get(0).get("feedback").asText()).isEqualTo("已核实，明日到账");
            assertThat(after.get("levels").get(0).get("answeredOnTime").asBoolean()).isTrue();

            JsonNode answer = last(supervisor.until(frame -> isOf(frame, "escalation-answered", no)));
            assertThat(answer.get("payload").get("onTime").asBoolean()).isTrue();
        }

        JsonNode timeline = api.get("supervisor1", "/api/tickets/" + no + "/timeline").json();
        assertThat(timeline).extracting(entry -> entry.get("action").asText())
            .containsSubsequence("escalate", "escalation-feedback");
    }

    @Test
    void theOldEscalateBodyStillStartsLevelOne() {
        String no = signedAtHousingFund();

        Response escalated = api.post("supervisor1", "/api/tickets/" + no + "/escalate", Map.of("note", "群众反映强烈"));

        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
        assertThat(escalated.json().get("escalated").asBoolean()).isTrue();
        assertThat(escalated.json().get("escalations").get(0).get("currentLevel").asInt()).isEqualTo(1);
        Response bare = api.post("supervisor1", "/api/tickets/" + no + "/escalate", null);
        assertThat(bare.status()).as("no body raises the open chain to its next level").isEqualTo(200);
        assertThat(bare.json().get("escalations").get(0).get("currentLevel").asInt()).isEqualTo(2);
    }

    @Test
    void wrongRequestsAreProblemsAndChangeNothing() {
        String no = signedAtHousingFund();

        assertProblem(api.post("dept-gjj", "/api/tickets/" + no + "/escalation-feedback", Map.of("text", "无督办")),
            409, "invalid-transition");
        assertProblem(api.post("supervisor1", "/api/tickets/" + no + "/escalate", Map.of("level", 9)), 400,
            "invalid-request");
        assertThat(api.get("supervisor1", "/api/tickets/" + no).json().get("escalations")).isEmpty();

        assertThat(api.post("supervisor1", "/api/tickets/" + no + "/escalate", Map.of("level", 3)).status())
            .isEqualTo(200);
        assertProblem(api.post("supervisor1", "/api/tickets/" + no + "/escalate", Map.of()), 409,
            "invalid-transition");
        assertProblem(api.post("dispatcher1", "/api/tickets/" + no + "/escalation-feedback", Map.of("text", "x")),
            403, "forbidden");
        assertProblem(api.post("dept-sbzx", "/api/tickets/" + no + "/escalation-feedback", Map.of("text", "x")),
            404, "ticket-not-found");
        assertProblem(api.post("dept-gjj", "/api/tickets/" + no + "/escalation-feedback", Map.of("text", " ")),
            400, "invalid-request");
        assertProblem(api.post("dept-gjj", "/api/tickets/" + no + "/escalation-feedback",
            Map.of("text", "长".repeat(4001))), 400, "invalid-request");
        assertThat(api.get("supervisor1", "/api/tickets/" + no).json().get("escalations").get(0).get("status")
            .asText()).isEqualTo("open");
    }

    @Test
    void listsAndFiguresAnswerByRole() {
        String no = signedAtHousingFund();
        assertThat(api.post("supervisor1", "/api/tickets/" + no + "/escalate", Map.of("level", 3)).status())
            .isEqualTo(200);

        Response open = api.get("supervisor1", "/api/escalations?status=open&department=GJJ&size=200");
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        assertThat(open.json()).extracting(chain -> chain.get("ticketNo").asText()).contains(no);
        assertThat(api.get("dept-sbzx", "/api/escalations?department=GJJ&size=200").json())
            .extracting(chain -> chain.get("departmentCode").asText()).doesNotContain("GJJ");
        assertThat(api.get("dispatcher1", "/api/escalations?status=answered&size=200").json())
            .extracting(chain -> chain.get("ticketNo").asText()).doesNotContain(no);
        assertProblem(api.get("agent1", "/api/escalations"), 403, "forbidden");
        assertProblem(api.get("supervisor1", "/api/escalations?status=lost"), 400, null);

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Response stats = api.get("supervisor1", "/api/escalations/stats?from=" + today + "&to=" + today);
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        JsonNode gjj = toList(stats.json()).stream()
            .filter(row -> row.get("departmentCode").asText().equals("GJJ")).findFirst().orElseThrow();
        assertThat(gjj.get("redCards").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(gjj.get("levels").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("dept-gjj", "/api/escalations/stats?from=" + today + "&to=" + today).json())
            .extracting(row -> row.get("departmentCode").asText()).containsOnly("GJJ");
        assertProblem(api.get("supervisor1", "/api/escalations/stats?from=" + today + "&to=2000-01-01"), 400,
            "invalid-request");
        assertThat(api.get("agent1", "/api/escalations/levels").json()).extracting(l -> l.get("card").asText())
            .containsExactly("none", "yellow", "red");
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        if (code != null) {
            assertThat(response.json().get("code").asText()).isEqualTo(code);
        }
    }

    private static JsonNode last(List<JsonNode> frames) {
        return frames.get(frames.size() - 1);
    }

    private static boolean isOf(JsonNode frame, String type, String no) {
        return type.equals(frame.path("type").asText()) && no.equals(frame.path("payload").path("ticketNo").asText());
    }
}
