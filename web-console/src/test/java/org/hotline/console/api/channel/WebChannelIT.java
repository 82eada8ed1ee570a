package org.hotline.console.api.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi.Response;
import static org.hotline.console.TestProblems.assertRefused;
import static org.hotline.console.TestProblems.concurrently;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The web and app forms' intake over real HTTP on MariaDB: every bad input of issue 12 gets its stated answer and
 * stores nothing; redeliveries and retries store one contact and answer the same.
 */
class WebChannelIT extends HotlineIntegrationSupport {

    static final String WEB = "/api/channel/web";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    SignedClient client;
    String marker;

    @BeforeEach
    void setUp() {
        client = new SignedClient(port);
        marker = "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String form(String content, String phone, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", "李女士");
        body.put("phone", phone);
        body.put("content", content);
        body.put("categoryHint", "市容环境");
        body.put("district", "江城区");
        body.put("address", "滨江路 8 号");
        body.putAll(extra);
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String validForm() {
        return form("小区门口垃圾堆积 " + marker, "13800138000", Map.of());
    }

    @Test
    void aSignedFormBecomesAQueuedContact() {
        Response response = client.post(WEB, validForm()).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        String contactNo = response.json().get("contactNo").asText();
        assertThat(contactNo).matches("C\\d{10}");
        Map<String, Object> row = jdbc.queryForMap("SELECT channel, status, identity_value, citizen_name, category_hint"
            + " FROM telephony_contact WHERE id = ?", Long.parseLong(contactNo.substring(1)));
        assertThat(row).containsEntry("channel", "WEB").containsEntry("status", "QUEUED")
            .containsEntry("identity_value", "13800138000").containsEntry("citizen_name", "李女士")
            .containsEntry("category_hint", "市容环境");
    }

    /** A public client is given no cookie: not the console's XSRF-TOKEN, not a session. */
    @Test
    void theAnswerSetsNoCookie() throws Exception {
        byte[] body = validForm().getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + WEB))
                .header("Content-Type", "application/json")
                .header("X-Hotline-Client", SignedClient.DEMO)
                .header("X-Hotline-Timestamp", timestamp)
                .header("X-Hotline-Signature", SignedClient.hmac(SignedClient.DEMO_SECRET, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
            HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theAppFormIsTheAppChannel() {
        Response response = client.post("/api/channel/app", validForm()).client("partner-app", "partner-secret-0123456789")
            .send();

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        assertThat(jdbc.queryForObject("SELECT channel FROM telephony_contact WHERE content_text LIKE ?", String.class,
            "%" + marker)).isEqualTo("APP");
    }

    @Test
    void aWrongOrMissingSignatureIs401AndStoresNothing() {
        String body = validForm();
        assertRefused(client.post(WEB, body).signature("0".repeat(64)).send(), 401, "signature-rejected");
        assertRefused(client.post(WEB, body).signature("").send(), 401, "signature-rejected");
        assertRefused(client.post(WEB, body).client("demo", "not-the-secret").send(), 401, "signature-rejected");
        assertRefused(client.post(WEB, body).header("X-Hotline-Signature-Extra", "x")
            .signature(SignedClient.hmac(SignedClient.DEMO_SECRET, "0", body.getBytes(StandardCharsets.UTF_8))).send(),
            401, "signature-rejected");
        assertNothingStored();
    }

    @Test
    void aTimestampOutsideTheWindowIs401() {
        assertRefused(client.post(WEB, validForm()).timestamp(Instant.now().minusSeconds(301)).send(), 401,
            "signature-rejected");
        assertRefused(client.post(WEB, validForm()).timestamp(Instant.now().plusSeconds(400)).send(), 401,
            "signature-rejected");
        assertNothingStored();
    }

    @Test
    void anUnknownClientIs401() {
        assertRefused(client.post(WEB, validForm()).client("stranger", "whatever").send(), 401, "signature-rejected");
        assertRefused(client.post(WEB, validForm()).client(null, SignedClient.DEMO_SECRET).send(), 401,
            "signature-rejected");
        assertNothingStored();
    }

    @Test
    void malformedJsonIs400() {
        assertRefused(client.post(WEB, "{\"phone\":\"13800138000\",\"content\":\"" + marker).send(), 400, "malformed-json");
        assertRefused(client.post(WEB, validForm() + "{}").send(), 400, "malformed-json");
        assertRefused(client.post(WEB, "{\"content\":\"a " + marker + "\",\"content\":\"b\",\"phone\":\"13800138000\"}")
            .send(), 400, "malformed-json");
        assertRefused(client.post(WEB, "[\"" + marker + "\"]").send(), 400, "malformed-json");
        assertRefused(client.post(WEB, "null").send(), 400, "malformed-json");
        assertNothingStored();
    }

    @Test
    void invalidUtf8Is400() {
        byte[] gbk = validForm().getBytes(Charset.forName("GBK"));
        assertRefused(client.post(WEB, gbk).send(), 400, "invalid-encoding");
        byte[] broken = validForm().getBytes(StandardCharsets.UTF_8);
        byte[] truncated = new byte[broken.length + 2];
        System.arraycopy(broken, 0, truncated, 0, broken.length - 1);
        truncated[broken.length - 1] = (byte) 0xE5;
        truncated[broken.length] = (byte) 0x9E;
        truncated[broken.length + 1] = '}';
        assertRefused(client.post(WEB, truncated).send(), 400, "invalid-encoding");
        assertNothingStored();
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        assertRefused(client.post(WEB, validForm()).contentType("text/plain").send(), 415, "unsupported-media-type");
        assertRefused(client.post(WEB, validForm()).contentType("application/xml").send(), 415, "unsupported-media-type");
        assertRefused(client.post(WEB, validForm()).contentType("application/json; charset=GBK").send(), 415,
            "unsupported-media-type");
        assertNothingStored();
    }

    @Test
    void aBodyOverTheLimitIs413AlsoWhenChunked() {
        String big = form(marker + " " + "长".repeat(30_000), "13800138000", Map.of());
        assertThat(big.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(WebFormController.MAX_BODY_BYTES);

        assertRefused(client.post(WEB, big).send(), 413, "payload-too-large");
        assertRefused(client.post(WEB, big).chunked().send(), 413, "payload-too-large");
        assertNothingStored();
    }

    @Test
    void invalidFieldsAre400WithEachFieldNamed() {
        Response badPhone = client.post(WEB, form("内容 " + marker, "12345", Map.of())).send();
        assertRefused(badPhone, 400, "invalid-request");
        assertThat(badPhone.json().path("errors").has("phone")).isTrue();

        Response tooLong = client.post(WEB, form(marker + "长".repeat(WebForm.MAX_CONTENT), "13800138000", Map.of()))
            .send();
        assertRefused(tooLong, 400, "invalid-request");
        assertThat(tooLong.json().path("errors").has("content")).isTrue();

        assertRefused(client.post(WEB, form("   ", "13800138000", Map.of("externalId", marker))).send(), 400,
            "invalid-request");

        Response exe = client.post(WEB, form("附件 " + marker, "13800138000", Map.of("attachments",
            List.of(Map.of("name", "a.exe", "contentType", "application/x-msdownload", "size", 100))))).send();
        assertRefused(exe, 400, "invalid-request");
        assertThat(exe.json().path("errors").has("attachments[0].contentType")).isTrue();

        Response huge = client.post(WEB, form("附件 " + marker, "13800138000", Map.of("attachments",
            List.of(Map.of("name", "a.jpg", "contentType", "image/jpeg", "size", 50L * 1024 * 1024))))).send();
        assertRefused(huge, 400, "invalid-request");
        assertThat(huge.json().path("errors").has("attachments[0].size")).isTrue();

        List<Map<String, Object>> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(Map.of("name", i + ".jpg", "contentType", "image/jpeg", "size", 1000));
        }
        assertRefused(client.post(WEB, form("附件 " + marker, "13800138000", Map.of("attachments", six))).send(), 400,
            "invalid-request");
        assertNothingStored();
    }

    @Test
    void acceptedAttachmentsAndALandlineAreStored() {
        Response response = client.post(WEB, form("照片为证 " + marker, "021-61234567", Map.of("attachments",
            List.of(Map.of("name", "现场.jpg", "contentType", "image/jpeg", "size", 204800,
                "url", "https://files.example.cn/a.jpg"))))).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        Map<String, Object> row = jdbc.queryForMap("SELECT identity_value, attachments_json FROM telephony_contact"
            + " WHERE content_text LIKE ?", "%" + marker);
        assertThat(row.get("identity_value")).isEqualTo("02161234567");
        assertThat((String) row.get("attachments_json")).contains("现场.jpg", "image/jpeg", "204800");
    }

    @Test
    void emojiAndScriptAndSqlAreStoredAsText() {
        String content = "路灯坏了😡🚧𠀀 <script>alert('x')</script> '); DROP TABLE telephony_contact; -- " + marker;
        Response response = client.post(WEB, form(content, "13800138000", Map.of())).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        assertThat(jdbc.queryForObject("SELECT content_text FROM telephony_contact WHERE id = ?", String.class,
            Long.parseLong(response.json().get("contactNo").asText().substring(1)))).isEqualTo(content);
    }

    @Test
    void threeSequentialAndTwentyConcurrentDeliveriesMakeOneContactWithOneAnswer() throws Exception {
        String body = form("重复投递 " + marker, "13800138000", Map.of("externalId", marker));
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(client.post(WEB, body).send());
        }
        answers.addAll(concurrently(20, () -> client.post(WEB, body).send()));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(202));
        assertThat(answers).extracting(Response::body).containsOnly(answers.get(0).body());
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyAndBodyAnswersTheSameAndAnotherBodyIs409() throws Exception {
        String key = "key-" + marker;
        String body = validForm();
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(client.post(WEB, body).header("Idempotency-Key", key).send());
        }
        answers.addAll(concurrently(20, () -> client.post(WEB, body).header("Idempotency-Key", key).send()));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(202));
        assertThat(answers).extracting(r -> r.json().get("contactNo").asText())
            .containsOnly(answers.get(0).json().get("contactNo").asText());
        assertThat(count()).isEqualTo(1);

        Response other = client.post(WEB, form("另一件事 " + marker, "13800138000", Map.of()))
            .header("Idempotency-Key", key).send();
        assertRefused(other, 409, "idempotency-key-reused");
        assertThat(count()).isEqualTo(1);
        assertRefused(client.post(WEB, body).header("Idempotency-Key", "bad key!").send(), 400, "invalid-request");
    }

    @Test
    void aRefusedRequestLeavesNoIdempotencyKeyBehind() {
        String key = "key-" + marker;
        assertRefused(client.post(WEB, form("内容 " + marker, "123", Map.of())).header("Idempotency-Key", key).send(),
            400, "invalid-request");

        Response retried = client.post(WEB, validForm()).header("Idempotency-Key", key).send();
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        assertThat(count()).isEqualTo(1);
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM telephony_contact WHERE content_text LIKE ?", Long.class,
            "%" + marker + "%");
    }

    private void assertNothingStored() {
        assertThat(count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM console_idempotency_key WHERE idem_key LIKE ?",
            Long.class, "%" + marker + "%")).isZero();
    }
}
