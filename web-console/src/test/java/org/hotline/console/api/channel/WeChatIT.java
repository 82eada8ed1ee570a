package org.hotline.console.api.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline.console.TestProblems.assertRefused;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The WeChat official account's server address as WeChat calls it, in plain and safe mode, with its retries, and
 * with the XML attacks a public endpoint receives.
 */
class WeChatIT extends HotlineIntegrationSupport {

    static final String TOKEN = "it-wechat-token";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APP_ID = "wx-it-appid";
    private static final Pattern CONTACT_NO = Pattern.compile("C\\d{10}");

    @Autowired
    JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    String openid;
    String marker;

    @BeforeEach
    void setUp() {
        openid = "oIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        marker = "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theHandshakeEchoesOnlyForTheRightSignature() {
        String ts = now();
        Response ok = get("/channel/wechat?signature=" + sha1(TOKEN, ts, "n1") + "&timestamp=" + ts
            + "&nonce=n1&echostr=hello123");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("hello123");

        assertRefused(get("/channel/wechat?signature=" + sha1("other", ts, "n1") + "&timestamp=" + ts
            + "&nonce=n1&echostr=hello123"), 401, "signature-rejected");
    }

    @Test
    void aTextMessageIsAcknowledgedWithItsNumberAndRetriesMakeOneContact() {
        String xml = message("text", "<Content><![CDATA[小区停水了😡 " + marker + "]]></Content>", "9001" + digits());

        List<Response> replies = List.of(postPlain(xml), postPlain(xml), postPlain(xml), postPlain(xml));

        String first = contactNo(replies.get(0).body());
        assertThat(replies).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(contactNo(r.body())).isEqualTo(first);
            assertThat(r.body()).contains("<ToUserName><![CDATA[" + openid + "]]></ToUserName>");
        });
        Map<String, Object> row = jdbc.queryForMap("SELECT channel, identity_kind, identity_value, content_text"
            + " FROM telephony_contact WHERE id = ?", Long.parseLong(first.substring(1)));
        assertThat(row).containsEntry("channel", "WECHAT").containsEntry("identity_kind", "WECHAT")
            .containsEntry("identity_value", openid).containsEntry("content_text", "小区停水了😡 " + marker);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void voiceImageAndLocationBecomeContacts() {
        postPlain(message("voice", "<MediaId><![CDATA[m1]]></MediaId><Format><![CDATA[amr]]></Format>"
            + "<Recognition><![CDATA[路口红绿灯坏了 " + marker + "]]></Recognition>", digits()));
        String image = contactNo(postPlain(message("image", "<PicUrl><![CDATA[https://mmbiz.example.cn/p.jpg]]></PicUrl>"
            + "<MediaId><![CDATA[m2]]></MediaId>", digits())).body());
        String location = contactNo(postPlain(message("location", "<Location_X>30.5728</Location_X>"
            + "<Location_Y>104.0668</Location_Y><Scale>15</Scale><Label><![CDATA[滨江路8号]]></Label>", digits())).body());

        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT attachments_json FROM telephony_contact WHERE id = ?", String.class,
            Long.parseLong(image.substring(1)))).contains("https://mmbiz.example.cn/p.jpg", "image/jpeg");
        assertThat(jdbc.queryForMap("SELECT latitude, longitude, location_label FROM telephony_contact WHERE id = ?",
            Long.parseLong(location.substring(1)))).containsEntry("location_label", "滨江路8号")
            .containsEntry("latitude", 30.5728);
    }

    @Test
    void subscribeIsWelcomedAndUnsubscribeAnsweredWithSuccess() {
        Response welcome = postPlain(event("subscribe"));
        Response bye = postPlain(event("unsubscribe"));

        assertThat(welcome.body()).contains("欢迎关注");
        assertThat(bye.body()).isEqualTo("success");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_contact WHERE identity_value = ?", Long.class,
            openid)).isZero();
    }

    @Test
    void safeModeDecryptsTheMessageAndEncryptsTheReply() throws Exception {
        String inner = message("text", "<Content><![CDATA[加密留言 " + marker + "]]></Content>", digits());
        String encrypted = encrypt(inner, APP_ID);

        Response reply = postSafe(encrypted, null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String replyEncrypt = between(reply.body(), "<Encrypt><![CDATA[", "]]></Encrypt>");
        String ts = between(reply.body(), "<TimeStamp>", "</TimeStamp>");
        String nonce = between(reply.body(), "<Nonce><![CDATA[", "]]></Nonce>");
        assertThat(between(reply.body(), "<MsgSignature><![CDATA[", "]]></MsgSignature>"))
            .isEqualTo(sha1(TOKEN, ts, nonce, replyEncrypt));
        String decrypted = decrypt(replyEncrypt);
        assertThat(decrypted).contains("<ToUserName><![CDATA[" + openid + "]]></ToUserName>");
        assertThat(contactNo(decrypted)).isNotNull();
        assertThat(count()).isEqualTo(1);

        assertRefused(postSafe(encrypted, "0".repeat(40)), 401, "signature-rejected");
        assertRefused(postSafe(encrypt(inner.replace(marker, marker + "x"), "wx-other-app"), null), 401,
            "signature-rejected");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void xmlAttacksAreRefusedWithoutResolvingAnything() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + message("text", "<Content>&x; " + marker + "</Content>", digits());
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 "
            + "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;"
            + "&lol1;&lol1;&lol1;&lol1;&lol1;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"
            + "&lol2;&lol2;\">]>" + message("text", "<Content>&lol3; " + marker + "</Content>", digits());
        String external = "<?xml version=\"1.0\"?><!DOCTYPE xml SYSTEM \"http://127.0.0.1:1/evil.dtd\">"
            + message("text", "<Content>" + marker + "</Content>", digits());

        assertRefused(postPlain(xxe), 400, "malformed-xml");
        assertRefused(postPlain(laughs), 400, "malformed-xml");
        assertRefused(postPlain(external), 400, "malformed-xml");
        assertRefused(postPlain("<xml><MsgType>text</MsgType><Content>" + marker), 400, "malformed-xml");
        assertRefused(postSafe(encrypt(xxe, APP_ID), null), 400, "malformed-xml");
        assertRefused(postPlain(message("text", "<Content>" + marker + "长".repeat(30_000) + "</Content>", digits())),
            413, "payload-too-large");
        assertThat(count()).isZero();
    }

    @Test
    void aStatusQueryAnswersOnlyTheCitizenWhoReportedTheTicket() {
        String contactNo = contactNo(postPlain(message("text", "<Content><![CDATA[井盖丢失 " + marker
            + "]]></Content>", digits())).body());
        TestApi api = api();
        api.post("agent1", "/api/contacts/" + contactNo + "/claim", Map.of());
        String ticketNo = api.post("agent1", "/api/contacts/" + contactNo + "/ticket",
            Map.of("type", "report", "categoryCode", "C0401")).json().path("ticket").path("ticketNo").asText();

        Response mine = postPlain(message("text", "<Content><![CDATA[查询 " + ticketNo + "]]></Content>", digits()));
        String stranger = openid;
        openid = "oIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Response theirs = postPlain(message("text", "<Content><![CDATA[查询 " + ticketNo + "]]></Content>", digits()));

        assertThat(mine.body()).contains(ticketNo, "已受理");
        assertThat(theirs.body()).contains("未找到").doesNotContain("已受理");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_contact WHERE identity_value IN (?, ?)",
            Long.class, stranger, openid)).as("queries are not contacts").isEqualTo(1);
    }

    @Test
    void answersAfterTheFiveSecondsReachTheFollowerAsCustomerServiceMessages() {
        String first = contactNo(postPlain(message("text", "<Content><![CDATA[办证时间 " + marker + "]]></Content>",
            digits())).body());
        String second = contactNo(postPlain(message("text", "<Content><![CDATA[路灯不亮 " + marker + "]]></Content>",
            digits())).body());
        TestApi api = api();
        api.post("agent1", "/api/contacts/" + first + "/claim", Map.of());
        api.post("agent1", "/api/contacts/" + first + "/direct-answer", Map.of("answer", "工作日 9:00-17:00"));
        api.post("agent1", "/api/contacts/" + second + "/claim", Map.of());
        String ticketNo = api.post("agent1", "/api/contacts/" + second + "/ticket",
            Map.of("type", "report", "categoryCode", "C0401")).json().path("ticket").path("ticketNo").asText();

        await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(openid).size() == 2);
        assertThat(sentTo(openid)).anySatisfy(text -> assertThat(text).contains(first, "工作日 9:00-17:00"))
            .anySatisfy(text -> assertThat(text).contains(second, ticketNo, "已受理"));
    }

    private static List<String> sentTo(String openid) {
        return WECHAT.messages().stream().filter(m -> m.path("touser").asText().equals(openid))
            .map(m -> m.path("text").path("content").asText()).toList();
    }

    private String message(String type, String fields, String msgId) {
        return "<xml><ToUserName><![CDATA[gh_hotline]]></ToUserName><FromUserName><![CDATA[" + openid
            + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[" + type + "]]></MsgType>"
            + fields + "<MsgId>" + msgId + "</MsgId></xml>";
    }

    private String event(String event) {
        return "<xml><ToUserName><![CDATA[gh_hotline]]></ToUserName><FromUserName><![CDATA[" + openid
            + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
            + "<Event><![CDATA[" + event + "]]></Event></xml>";
    }

    private Response postPlain(String xml) {
        String ts = now();
        return post("/channel/wechat?signature=" + sha1(TOKEN, ts, "abc") + "&timestamp=" + ts + "&nonce=abc"
            + "&openid=" + openid, xml);
    }

    private Response postSafe(String encrypted, String msgSignature) {
        String ts = now();
        String signature = msgSignature != null ? msgSignature : sha1(TOKEN, ts, "xyz", encrypted);
        return post("/channel/wechat?signature=" + sha1(TOKEN, ts, "xyz") + "&timestamp=" + ts + "&nonce=xyz"
            + "&encrypt_type=aes&msg_signature=" + signature + "&openid=" + openid,
            "<xml><ToUserName><![CDATA[gh_hotline]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt></xml>");
    }

    private Response post(String path, String xml) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
    }

    private Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM telephony_contact WHERE content_text LIKE ?", Long.class,
            "%" + marker + "%");
    }

    private static String contactNo(String body) {
        Matcher matcher = CONTACT_NO.matcher(body);
        return matcher.find() ? matcher.group() : null;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String digits() {
        return Long.toString(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000_000L));
    }

    private static String now() {
        return Long.toString(System.currentTimeMillis() / 1000);
    }

    static String sha1(String... parts) {
        String[] sorted = Arrays.copyOf(parts, parts.length);
        Arrays.sort(sorted);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** WeChat's encryption, written from its documentation independently of the application's. */
    static String encrypt(String xml, String appId) throws GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(AES_KEY + "=");
        byte[] msg = xml.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        int length = 20 + msg.length + app.length;
        int pad = 32 - length % 32;
        ByteBuffer plain = ByteBuffer.allocate(length + pad);
        plain.put("0123456789abcdef".getBytes(StandardCharsets.US_ASCII)).putInt(msg.length).put(msg).put(app);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        return Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
    }

    static String decrypt(String encrypted) throws GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(AES_KEY + "=");
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        byte[] plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
        int pad = plain[plain.length - 1];
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        assertThat(new String(plain, 20 + length, plain.length - pad - 20 - length, StandardCharsets.UTF_8))
            .isEqualTo(APP_ID);
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }
}
