package org.hotline.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.TestSocket;
import org.hotline.console.push.TestPushClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deadlines of contributions, review and follow-up over HTTP and on real sockets: the ticket JSON carries them
 * with their warned/missed state, a missed contribution is pushed and no longer blocks the lead's reply. The
 * process's own timer jobs are executed when the test needs them to fire (they are not due yet, so the job
 * executor leaves them alone).
 */
class StepDeadlinesApiIT extends HotlineIntegrationSupport {

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
    }

    /** Illegal construction: CGJ leads, ZJJ and ZRZYJ co-handle, CGJ has signed. */
    private String signedWithCoHandlers() {
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0703", "content", "邻居在楼顶违章加盖两层，多次反映无果。"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();
        Response dispatched = api.post("dispatcher1", "/api/tickets/" + no + "/dispatch",
            Map.of("departmentCode", "CGJ", "coHandlers", List.of("ZJJ", "ZRZYJ")));
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        return no;
    }

    @Test
    void aMissedContributionIsShownPushedAndNoLongerBlocksTheLeadsReply() {
        String no = signedWithCoHandlers();
        Response signed = api.post("dept-cgj", "/api/tickets/" + no + "/sign", Map.of());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        List<JsonNode> contributions = list(signed.json().get("contributions"));
        assertThat(contributions).extracting(c -> c.get("departmentCode").asText()).containsExactly("ZJJ", "ZRZYJ");
        assertThat(contributions).allSatisfy(c -> {
            assertThat(c.get("dueAt").asText()).isNotBlank();
            assertThat(c.get("warned").asBoolean()).isFalse();
            assertThat(c.get("missed").asBoolean()).isFalse();
        });
        assertThat(api.post("dept-zjj", "/api/tickets/" + no + "/sign", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("dept-zjj", "/api/tickets/" + no + "/contribute", Map.of("text", "住建局：已责令停工"))
            .status()).isEqualTo(200);
        Response tooEarly = api.post("dept-cgj", "/api/tickets/" + no + "/reply", Map.of("text", "答复"));
        assertThat(tooEarly.status()).as("ZRZYJ has not contributed and its deadline has not passed").isEqualTo(409);

        try (TestPushClient supervisor = TestSocket.open(api, "supervisor1");
             TestPushClient silent = TestSocket.open(api, "dept-zrzyj")) {
            supervisor.drainWithPing();
            silent.drainWithPing();

            fire(no, "Timer_ContributionWarning");
            JsonNode warned = last(silent.until(frame -> isOf(frame, "ticket-warned", no)));
            assertThat(warned.get("payload").get("deadline").asText()).isEqualTo("contribution");
            assertThat(warned.get("payload").get("departmentCode").asText()).isEqualTo("ZRZYJ");

            fire(no, "Timer_ContributionMissed");
            JsonNode missed = last(supervisor.until(frame -> isOf(frame, "ticket-deadline-missed", no)));
            assertThat(missed.get("payload").get("deadline").asText()).isEqualTo("contribution");
            assertThat(missed.get("payload").get("departmentCode").asText()).isEqualTo("ZRZYJ");
            assertThat(silent.until(frame -> isOf(frame, "escalation-level-raised", no))).isNotEmpty();
        }

        JsonNode ticket = api.get("dept-cgj", "/api/tickets/" + no).json();
        assertThat(list(ticket.get("contributions"))).filteredOn(c -> c.get("missed").asBoolean())
            .extracting(c -> c.get("departmentCode").asText()).containsExactly("ZRZYJ");
        assertThat(list(ticket.get("escalations"))).extracting(c -> c.get("departmentCode").asText())
            .containsExactly("ZRZYJ");
        assertThat(ticket.get("allowedActions")).extracting(JsonNode::asText).contains("reply");
        JsonNode timeline = api.get("supervisor1", "/api/tickets/" + no + "/timeline").json();
        assertThat(list(timeline)).extracting(e -> e.get("action").asText()).contains("deadline-missed");

        Response replied = api.post("dept-cgj", "/api/tickets/" + no + "/reply", Map.of("text", "综合住建局意见答复如下"));
        assertThat(replied.status()).as(replied.toString()).isEqualTo(200);
        assertThat(replied.json().get("status").asText()).isEqualTo("REPLIED");
        assertThat(replied.json().get("review").get("dueAt").asText()).isNotBlank();
    }

    @Test
    void reviewAndFollowUpDeadlinesAreWarnedToDispatchersAndMissedToSupervisors() {
        String no = signedWithCoHandlers();
        api.post("dept-cgj", "/api/tickets/" + no + "/sign", Map.of());
        for (String coHandler : List.of("dept-zjj", "dept-zrzyj")) {
            api.post(coHandler, "/api/tickets/" + no + "/sign", Map.of());
            assertThat(api.post(coHandler, "/api/tickets/" + no + "/contribute", Map.of("text", "已核实")).status())
                .isEqualTo(200);
        }
        Response replied = api.post("dept-cgj", "/api/tickets/" + no + "/reply", Map.of("text", "已拆除违建"));
        assertThat(replied.status()).as(replied.toString()).isEqualTo(200);
        assertThat(replied.json().get("review").get("warned").asBoolean()).isFalse();
        assertThat(replied.json().path("followUp").isMissingNode()).as("no follow-up deadline before acceptance")
            .isTrue();

        try (TestPushClient dispatcher = TestSocket.open(api, "dispatcher1");
             TestPushClient supervisor = TestSocket.open(api, "supervisor1")) {
            dispatcher.drainWithPing();
            supervisor.drainWithPing();

            fire(no, "Timer_ReviewWarning");
            JsonNode warned = last(dispatcher.until(frame -> isOf(frame, "ticket-warned", no)));
            assertThat(warned.get("payload").get("deadline").asText()).isEqualTo("review");
            fire(no, "Timer_ReviewOverdue");
            JsonNode missed = last(supervisor.until(frame -> isOf(frame, "ticket-deadline-missed", no)));
            assertThat(missed.get("payload").get("deadline").asText()).isEqualTo("review");
            assertThat(missed.get("payload").has("departmentCode")).isFalse();

            JsonNode review = api.get("dispatcher1", "/api/tickets/" + no).json().get("review");
            assertThat(review.get("warned").asBoolean()).isTrue();
            assertThat(review.get("missed").asBoolean()).isTrue();

            Response accepted = api.post("dispatcher1", "/api/tickets/" + no + "/review", Map.of("accepted", true));
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            assertThat(accepted.json().get("followUp").get("dueAt").asText()).isNotBlank();
            fire(no, "Timer_FollowUpOverdue");
            JsonNode followUpMissed = last(supervisor.until(frame -> isOf(frame, "ticket-deadline-missed", no)
                && "follow_up".equals(frame.path("payload").path("deadline").asText())));
            assertThat(followUpMissed.get("payload").get("dueAt").asText())
                .isEqualTo(accepted.json().get("followUp").get("dueAt").asText());
        }
        assertThat(api.get("supervisor1", "/api/tickets/" + no).json().get("followUp").get("missed").asBoolean())
            .isTrue();
    }

    /** Executes the ticket's timer job at {@code timerId} now, as the job executor would at its due date. */
    private void fire(String no, String timerId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("ticketLifecycle")
            .processInstanceBusinessKey(no).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance).activityId(timerId).singleResult();
        assertThat(job).as(timerId + " armed").isNotNull();
        management.executeJob(job.getId());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static JsonNode last(List<JsonNode> frames) {
        return frames.get(frames.size() - 1);
    }

    private static boolean isOf(JsonNode frame, String type, String no) {
        return type.equals(frame.path("type").asText()) && no.equals(frame.path("payload").path("ticketNo").asText());
    }
}
