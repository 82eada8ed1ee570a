package org.hotline.console.api.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestCalls;
import org.hotline.telephony.config.TelephonyProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An answered call is recorded on answer (the queue's MixMonitor as Asterisk reports it, {@code ami-queue-recording.txt};
 * the application sends no AMI action for it) and its recording is streamed,
 * with ranges, to the agent who took it, supervisors and — with an audited reason — the department leading a
 * ticket registered from the call; everyone else is refused with a problem.
 */
class CallRecordingApiIT extends HotlineIntegrationSupport {

    private static final byte[] AUDIO = "RIFF\u0024\u0000\u0000\u0000WAVEfmt recorded conversation"
        .getBytes(StandardCharsets.ISO_8859_1);

    private final JdbcTemplate jdbc;
    private final TelephonyProperties telephony;
    private final HttpClient http = HttpClient.newHttpClient();
    private TestApi api;

    CallRecordingApiIT(@Autowired JdbcTemplate jdbc, @Autowired TelephonyProperties telephony) {
        this.jdbc = jdbc;
        this.telephony = telephony;
    }

    @BeforeEach
    void connect() {
        api = api();
        await().atMost(Duration.ofSeconds(15)).until(AMI::hasClient);
    }

    @Test
    void theAgentWhoTookTheCallAndSupervisorsHearItAndEveryPlaybackIsAudited() throws Exception {
        String callId = recordedCall();

        HttpResponse<byte[]> byAgent = fetch("agent1", "/api/calls/" + callId + "/recording", null);
        assertThat(byAgent.statusCode()).isEqualTo(200);
        assertThat(byAgent.body()).isEqualTo(AUDIO);
        assertThat(byAgent.headers().firstValue("Content-Type")).hasValue("audio/wav");

        HttpResponse<byte[]> range = fetch("supervisor1", "/api/calls/" + callId + "/recording", "bytes=0-3");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(new String(range.body(), StandardCharsets.ISO_8859_1)).isEqualTo("RIFF");

        assertThat(audits(callId)).extracting(a -> a.get("actor") + "/" + a.get("actor_role"))
            .containsExactly("agent1/AGENT", "supervisor1/SUPERVISOR");
    }

    @Test
    void aDepartmentLeadingATicketOfTheCallHearsItOnlyWithAReason() throws Exception {
        AmiFixture call = TestCalls.recordedCall();
        String callId = recordedCall(call);
        String no = registerLinked(call);
        String path = "/api/calls/" + callId + "/recording";
        assertProblem(api.get("dept-gjj", path + "?reason=x"), 404);
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);

        assertProblem(api.get("dept-gjj", path), 400);
        HttpResponse<byte[]> withReason = fetch("dept-gjj", path + "?reason="
            + URLEncoder.encode("核实来电诉求 " + no, StandardCharsets.UTF_8), null);

        assertThat(withReason.statusCode()).isEqualTo(200);
        assertThat(withReason.body()).isEqualTo(AUDIO);
        assertThat(audits(callId)).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("actor", "dept-gjj").containsEntry("actor_role", "DEPARTMENT");
            assertThat(a.get("reason")).isEqualTo("核实来电诉求 " + no);
        });
        assertProblem(api.get("dept-jc_gov", path + "?reason=curious"), 404);
    }

    @Test
    void theTicketListsItsCallWithTheRecordingForThoseWhoMayReadTheTicket() throws Exception {
        AmiFixture call = TestCalls.recordedCall();
        String callId = recordedCall(call);
        String no = registerLinked(call);
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);

        for (String reader : List.of("agent1", "dispatcher1", "supervisor1", "dept-gjj")) {
            Response links = api.get(reader, "/api/tickets/" + no + "/links");
            assertThat(links.status()).as(reader + " " + links).isEqualTo(200);
            assertThat(links.json().get("calls")).singleElement().satisfies(linked -> {
                assertThat(linked.get("callId").asText()).isEqualTo(callId);
                assertThat(linked.get("agent").asText()).isEqualTo("agent1");
                assertThat(linked.get("disposition").asText()).isEqualTo("answered");
                assertThat(linked.get("recording").asBoolean()).isTrue();
                assertThat(linked.has("caller")).isFalse();
            });
            assertThat(links.json().get("contacts")).isEmpty();
        }
        assertProblem(api.get("dept-jc_gov", "/api/tickets/" + no + "/links"), 404);
        assertProblem(api.get("admin", "/api/tickets/" + no + "/links"), 403);
        assertProblem(api.get("agent1", "/api/tickets/JH1/links"), 400);
        assertThat(audits(callId)).isEmpty();

        Files.delete(telephony.getRecordings().getDir().resolve(callId + ".wav"));
        assertThat(api.get("agent1", "/api/tickets/" + no + "/links").json().get("calls").get(0).get("recording")
            .asBoolean()).isFalse();
    }

    @Test
    void everyoneElseIsRefusedWithAProblem() throws Exception {
        String callId = recordedCall();
        String path = "/api/calls/" + callId + "/recording";

        assertProblem(api.get("agent2", path), 404);
        assertProblem(api.get("dept-gjj", path + "?reason=x"), 404);
        assertProblem(api.get("dispatcher1", path), 403);
        assertProblem(api.get("admin", path), 403);
        assertThat(api.get(null, path).status()).isEqualTo(401);
        assertProblem(api.get("supervisor1", "/api/calls/1.2345/recording"), 404);
        assertProblem(api.get("supervisor1", path + "?reason=" + "x".repeat(501)), 400);
        assertThat(audits(callId)).isEmpty();
    }

    @Test
    void aRecordingWhoseFileIsGoneIsAProblemNotAnError() {
        AmiFixture call = TestCalls.recordedCall();
        String callId = answeredAndRecorded(call);
        AMI.play(call.eventsAfter("Event: AgentConnect"));

        Response gone = api.get("supervisor1", "/api/calls/" + callId + "/recording");

        assertProblem(gone, 404);
        assertThat(gone.json().get("code").asText()).isEqualTo("not-found");
    }

    private String recordedCall() throws IOException {
        return recordedCall(TestCalls.recordedCall());
    }

    private String recordedCall(AmiFixture call) throws IOException {
        String callId = answeredAndRecorded(call);
        AMI.play(call.eventsAfter("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10))
            .until(() -> api.get("supervisor1", "/api/calls/" + callId).json().hasNonNull("endedAt"));
        assertThat(recordingFileOf(callId)).isEqualTo(TestCalls.recordingFileOf(callId));
        assertThat(AMI.actions("MixMonitor")).noneMatch(a -> a.getOrDefault("File", "").contains(callId));
        Path dir = telephony.getRecordings().getDir();
        Files.createDirectories(dir);
        Files.write(dir.resolve(callId + ".wav"), AUDIO);
        return callId;
    }

    /**
     * Plays the call up to the agent's answer and waits until its recording is linked (the first request of a run
     * also waits for the servlet and the password check to warm up, seconds on a loaded machine).
     */
    private String answeredAndRecorded(AmiFixture call) {
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(30)).until(() -> recordingFileOf(callId) != null);
        return callId;
    }

    private String recordingFileOf(String callId) {
        Response record = api.get("supervisor1", "/api/calls/" + callId);
        return record.status() == 200 && record.json().hasNonNull("recordingFile")
            ? record.json().get("recordingFile").asText() : null;
    }

    private String registerLinked(AmiFixture call) {
        String callId = TestCalls.callIdOf(call);
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "districtCode", "JC", "citizenPhone", TestCalls.callerOf(call),
            "content", "租房提取公积金三周了还没到账，请尽快处理", "callId", callId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("supervisor1", "/api/calls/" + callId).json()
            .get("ticketNos").toString().contains(no));
        return no;
    }

    private List<Map<String, Object>> audits(String callId) {
        return jdbc.queryForList("SELECT actor, actor_role, reason FROM telephony_recording_access "
            + "WHERE call_id = ? ORDER BY id", callId);
    }

    private HttpResponse<byte[]> fetch(String user, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + TestApi.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
    }
}
