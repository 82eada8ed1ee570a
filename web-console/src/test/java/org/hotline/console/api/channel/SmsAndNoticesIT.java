package org.hotline.console.api.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline.console.TestProblems.assertRefused;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.telephony.TestSmsGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** SMS in (the gateway's signed callback) and notices out (through the outbox to the local gateway). */
class SmsAndNoticesIT extends HotlineIntegrationSupport {

    static final String SMS_IN = "/api/channel/sms";

    @Autowired
    JdbcTemplate jdbc;
    TestApi api;
    SignedClient client;
    String marker;

    @BeforeEach
    void setUp() {
        api = api();
        client = new SignedClient(port);
        marker = "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String phone() {
        return "136" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }

    SignedClient.Request sms(String body) {
        return client.post(SMS_IN, body).client(null, TestSmsGateway.SECRET);
    }

    @Test
    void anInboundSmsBecomesOneContactEvenWhenRedelivered() {
        String phone = phone();
        String body = "{\"messageId\":\"" + marker + "\",\"from\":\"+86" + phone + "\",\"text\":\"路灯不亮 " + marker + "\"}";

        Response first = sms(body).send();
        Response again = sms(body).send();

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        Map<String, Object> row = jdbc.queryForMap("SELECT channel, identity_value FROM telephony_contact"
            + " WHERE external_id = ?", marker);
        assertThat(row).containsEntry("channel", "SMS").containsEntry("identity_value", phone);
    }

    @Test
    void badSmsCallbacksAreRefusedAndStoreNothing() {
        String body = "{\"messageId\":\"" + marker + "\",\"from\":\"" + phone() + "\",\"text\":\"x " + marker + "\"}";
        assertRefused(client.post(SMS_IN, body).client(null, "wrong-secret").send(), 401, "signature-rejected");
        assertRefused(sms(body).timestamp(java.time.Instant.now().minusSeconds(600)).send(), 401, "signature-rejected");
        assertRefused(sms("{\"messageId\":").send(), 400, "malformed-json");
        assertRefused(sms(body.replace("\"from\":\"", "\"from\":\"9")).send(), 400, "invalid-request");
        assertRefused(sms(body).contentType("text/plain").send(), 415, "unsupported-media-type");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_contact WHERE external_id = ?", Long.class,
            marker)).isZero();
    }

    @Test
    void aTicketRegisteredFromAContactSendsItsNumberBySms() {
        String phone = phone();
        Response submitted = client.post("/api/channel/web", "{\"phone\":\"" + phone + "\",\"content\":\"井盖丢失 "
            + marker + "\"}").send();
        String contactNo = submitted.json().path("contactNo").asText();
        api.post("agent1", "/api/contacts/" + contactNo + "/claim", Map.of());

        String ticketNo = api.post("agent1", "/api/contacts/" + contactNo + "/ticket",
            Map.of("type", "report", "categoryCode", "C0401")).json().path("ticket").path("ticketNo").asText();

        JsonNode sms = awaitSms(phone, ticketNo);
        assertThat(sms.path("text").asText()).startsWith("【12345热线】").contains("已受理");
    }

    @Test
    void aDirectAnswerReachesTheCitizenBySms() {
        String phone = phone();
        String contactNo = client.post("/api/channel/web", "{\"phone\":\"" + phone + "\",\"content\":\"办证时间 "
            + marker + "\"}").send().json().path("contactNo").asText();
        api.post("agent2", "/api/contacts/" + contactNo + "/claim", Map.of());

        api.post("agent2", "/api/contacts/" + contactNo + "/direct-answer", Map.of("answer", "工作日 9:00-17:00 " + marker));

        assertThat(awaitSms(phone, marker).path("text").asText()).contains(contactNo, "工作日 9:00-17:00");
    }

    @Test
    void everyReporterIsToldOfTheCloseWithTheReplyAndTheDuplicateOfTheMerge() {
        String mainPhone = phone();
        String duplicatePhone = phone();
        String main = register(mainPhone, false);
        String duplicate = register(duplicatePhone, false);
        ok(api.post("dispatcher1", "/api/tickets/" + duplicate + "/merge", Map.of("mainTicketNo", main)));
        ok(api.post("dispatcher1", "/api/tickets/" + main + "/dispatch", Map.of()));
        ok(api.post("dept-gjj", "/api/tickets/" + main + "/sign", Map.of()));
        ok(api.post("dept-gjj", "/api/tickets/" + main + "/reply", Map.of("text", "已全部到账 " + marker)));
        ok(api.post("dispatcher1", "/api/tickets/" + main + "/review", Map.of("accepted", true)));
        ok(api.post("dispatcher1", "/api/tickets/" + main + "/follow-up", Map.of("satisfaction", 5)));

        assertThat(awaitSms(mainPhone, "已办结").path("text").asText()).contains(main, "已全部到账 " + marker);
        assertThat(awaitSms(duplicatePhone, "答复").path("text").asText()).contains(main, "已全部到账 " + marker);
        assertThat(awaitSms(duplicatePhone, "合并办理").path("text").asText()).contains(duplicate, main);
        assertThat(api.get("supervisor1", "/api/tickets/" + main).json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_notice WHERE notice_key LIKE ?", Long.class,
            "%" + main + "%")).as("registered, survey, closed to both reporters").isEqualTo(4);
    }

    @Test
    void aSurveyReplyFromThePhoneBecomesTheFollowUpOnceAndOtherRepliesAreContacts() {
        String phone = phone();
        String ticket = register(phone, false);
        toFollowUp(ticket);
        assertThat(awaitSms(phone, "请回复数字").path("text").asText()).contains(ticket, "5非常满意", "1非常不满意");

        String words = "{\"messageId\":\"w" + marker + "\",\"from\":\"" + phone + "\",\"text\":\"还有问题 " + marker + "\"}";
        assertThat(sms(words).send().json().has("contactNo")).as("words are a contact").isTrue();
        String reply = "{\"messageId\":\"s" + marker + "\",\"from\":\"" + phone + "\",\"text\":\" ４ \"}";
        Response answered = sms(reply).send();
        Response redelivered = sms(reply).send();

        assertThat(answered.json().path("followUpOf").asText()).as(answered.toString()).isEqualTo(ticket);
        assertThat(redelivered.body()).isEqualTo(answered.body());
        JsonNode closed = api.get("supervisor1", "/api/tickets/" + ticket).json();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("satisfaction").asInt()).isEqualTo(4);
        JsonNode timeline = api.get("supervisor1", "/api/tickets/" + ticket + "/timeline").json();
        assertThat(timeline.findValues("note").stream().map(JsonNode::asText))
            .anyMatch(note -> note.contains("satisfaction 4 via sms"));
        assertThat(timeline.findValues("actor").stream().map(JsonNode::asText)).contains("system");
        assertThat(awaitSms(phone, "感谢您").path("text").asText()).contains(ticket, "4分");

        String late = "{\"messageId\":\"l" + marker + "\",\"from\":\"" + phone + "\",\"text\":\"5\"}";
        assertThat(sms(late).send().json().has("contactNo")).as("a survey is answered once").isTrue();
        String stranger = "{\"messageId\":\"x" + marker + "\",\"from\":\"" + phone() + "\",\"text\":\"5\"}";
        assertThat(sms(stranger).send().json().has("contactNo")).as("no survey was sent to this phone").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_contact WHERE external_id IN (?, ?, ?, ?)",
            Long.class, "w" + marker, "s" + marker, "l" + marker, "x" + marker)).isEqualTo(3);
    }

    @Test
    void noSurveyGoesToAConfidentialReporter() {
        String phone = phone();
        String confidential = register(phone, true);
        toFollowUp(confidential);
        ok(api.post("dispatcher1", "/api/tickets/" + confidential + "/follow-up", Map.of("satisfaction", 5)));

        String barrier = register(phone(), false);
        awaitSms(null, barrier);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_notice WHERE ticket_no = ?", Long.class,
            confidential)).isZero();
    }

    private void toFollowUp(String ticket) {
        ok(api.post("dispatcher1", "/api/tickets/" + ticket + "/dispatch", Map.of()));
        ok(api.post("dept-gjj", "/api/tickets/" + ticket + "/sign", Map.of()));
        ok(api.post("dept-gjj", "/api/tickets/" + ticket + "/reply", Map.of("text", "已处理 " + marker)));
        ok(api.post("dispatcher1", "/api/tickets/" + ticket + "/review", Map.of("accepted", true)));
    }

    @Test
    void aConfidentialTicketSendsNoNotice() {
        String phone = phone();
        String confidential = register(phone, true);
        ok(api.post("dispatcher1", "/api/tickets/" + confidential + "/close", Map.of("note", "已处理")));

        String barrier = register(phone(), false);
        awaitSms(null, barrier);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_notice WHERE ticket_no = ?", Long.class,
            confidential)).isZero();
        assertThat(SMS.requests()).noneMatch(r -> r.path("to").asText().equals(phone));
    }

    private String register(String phone, boolean confidential) {
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "citizenPhone", phone, "content", "公积金未到账 " + marker,
            "confidential", confidential));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("ticketNo").asText();
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static JsonNode awaitSms(String phone, String containing) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<JsonNode> found = SMS.taken().stream()
                .filter(m -> phone == null || m.path("to").asText().equals(phone))
                .filter(m -> m.path("text").asText().contains(containing)).toList();
            return found.isEmpty() ? null : found.get(0);
        }, java.util.Objects::nonNull);
    }
}
