package org.hotline.console.api.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.console.TestProblems.assertRefused;
import static org.hotline.console.TestProblems.concurrently;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.TestSocket;
import org.hotline.console.api.channel.SignedClient;
import org.hotline.console.push.TestPushClient;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The online queue end to end: a web form arrives, agents see it pushed, one claims it and answers or registers. */
class ContactApiIT extends HotlineIntegrationSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Contacts contacts;
    TestApi api;
    SignedClient client;
    String marker;
    String phone;

    @BeforeEach
    void setUp() {
        api = api();
        client = new SignedClient(port);
        marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        phone = "137" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }

    String submit(String content) {
        Response response = client.post("/api/channel/web", "{\"name\":\"赵先生\",\"phone\":\"" + phone
            + "\",\"content\":\"" + content + "\",\"address\":\"滨江路 8 号\"}").send();
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        return response.json().get("contactNo").asText();
    }

    /** The entry of this contact in a {@code contacts-received} frame, or null. */
    private static JsonNode received(JsonNode frame, String contactNo) {
        for (JsonNode contact : frame.path("payload").path("contacts")) {
            if (contactNo.equals(contact.path("contactNo").asText())) {
                return contact;
            }
        }
        return null;
    }

    @Test
    void aWebFormContactIsPushedClaimedOnceAndRegisteredAsATicket() {
        String contactNo;
        try (TestPushClient agent = TestSocket.open(api, "agent1")) {
            contactNo = submit("公积金提取三周未到账 " + marker);
            String expected = contactNo;
            List<JsonNode> frames = agent.until(f -> "contacts-received".equals(f.path("type").asText())
                && received(f, expected) != null);
            JsonNode received = received(frames.get(frames.size() - 1), expected);
            assertThat(received.path("channel").asText()).isEqualTo("web");
            assertThat(received.path("urgent").asBoolean()).isFalse();
            assertThat(received.path("contactId").asLong()).isPositive();
        }

        JsonNode queued = api.get("agent1", "/api/contacts?status=queued&channel=web&limit=200").json();
        JsonNode mine = find(queued, contactNo);
        assertThat(mine.path("identity").asText()).isEqualTo(phone);
        assertThat(mine.path("status").asText()).isEqualTo("queued");
        assertThat(mine.path("responseClock").asText()).isEqualTo("running");
        assertThat(find(api.get("supervisor1", "/api/contacts").json(), contactNo).path("identity").asText())
            .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));

        assertThat(api.post("agent1", "/api/contacts/" + contactNo + "/claim", Map.of()).status()).isEqualTo(200);
        assertRefused(api.post("agent2", "/api/contacts/" + contactNo + "/claim", Map.of()), 409, "contact-conflict");
        assertRefused(api.post("agent2", "/api/contacts/" + contactNo + "/ticket", ticketBody()), 409, "contact-conflict");

        Response registered = api.post("agent1", "/api/contacts/" + contactNo + "/ticket", ticketBody());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonNode ticket = registered.json().path("ticket");
        assertThat(ticket.path("channel").asText()).isEqualTo("web");
        assertThat(ticket.path("content").asText()).isEqualTo("公积金提取三周未到账 " + marker);
        assertThat(ticket.path("citizenPhone").asText()).isEqualTo(phone);
        assertThat(ticket.path("citizenName").asText()).isEqualTo("赵先生");
        assertThat(ticket.path("address").asText()).isEqualTo("滨江路 8 号");
        JsonNode contact = api.get("dispatcher1", "/api/contacts/" + contactNo).json();
        assertThat(contact.path("status").asText()).isEqualTo("ticket_registered");
        assertThat(contact.path("ticketNo").asText()).isEqualTo(ticket.path("ticketNo").asText());
        assertThat(contact.path("responseClock").asText()).isEqualTo("met");
        assertRefused(api.post("agent1", "/api/contacts/" + contactNo + "/ticket", ticketBody()), 409, "contact-conflict");
    }

    @Test
    void aFailedRegistrationLeavesTheContactClaimedAndNoTicket() {
        String contactNo = submit("内容 " + marker);
        api.post("agent1", "/api/contacts/" + contactNo + "/claim", Map.of());

        Response unknownCategory = api.post("agent1", "/api/contacts/" + contactNo + "/ticket",
            Map.of("type", "complaint", "categoryCode", "C9999"));

        assertThat(unknownCategory.status()).as(unknownCategory.toString()).isEqualTo(400);
        assertThat(api.get("agent1", "/api/contacts/" + contactNo).json().path("status").asText()).isEqualTo("claimed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_ticket WHERE content LIKE ?", Long.class,
            "%" + marker + "%")).isZero();
    }

    @Test
    void anAgentReleasesOrAnswersDirectly() {
        String contactNo = submit("社保卡怎么补办 " + marker);
        api.post("agent1", "/api/contacts/" + contactNo + "/claim", Map.of());
        assertRefused(api.post("agent2", "/api/contacts/" + contactNo + "/release", Map.of()), 409, "contact-conflict");
        assertThat(api.post("agent1", "/api/contacts/" + contactNo + "/release", Map.of()).json().path("status").asText())
            .isEqualTo("queued");
        api.post("agent2", "/api/contacts/" + contactNo + "/claim", Map.of());

        assertRefused(api.post("agent2", "/api/contacts/" + contactNo + "/direct-answer", Map.of("answer", "")), 400,
            "invalid-request");
        Response answered = api.post("agent2", "/api/contacts/" + contactNo + "/direct-answer",
            Map.of("answer", "携带身份证到任一社保网点办理。"));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().path("status").asText()).isEqualTo("answered");
        assertThat(answered.json().path("answer").asText()).isEqualTo("携带身份证到任一社保网点办理。");
        assertThat(api.get("agent1", "/api/contacts?status=answered").json().findValuesAsText("contactNo"))
            .contains(contactNo);
    }

    @Test
    void urgentWordsJumpTheQueueAndAlertSupervisors() {
        try (TestPushClient supervisor = TestSocket.open(api, "supervisor1")) {
            submit("普通来件 " + marker);
            String urgent = submit("楼道有很浓的煤气味 " + marker);

            supervisor.until(f -> "contact-urgent".equals(f.path("type").asText())
                && urgent.equals(f.path("payload").path("contactNo").asText()));
            JsonNode queue = api.get("agent1", "/api/contacts?limit=200").json();
            assertThat(queue.get(0).path("urgent").asBoolean()).isTrue();
            assertThat(find(queue, urgent).path("urgent").asBoolean()).isTrue();
        }
    }

    @Test
    void theCitizenProfileShowsEveryChannelAndAgentsLinkIdentitiesByHand() {
        String contactNo = submit("第一次来件 " + marker);
        long citizenId = api.get("agent1", "/api/contacts/" + contactNo).json().path("citizenId").asLong();
        String openid = "o" + marker + "abcdef";

        Response linked = api.post("agent1", "/api/citizens/" + citizenId + "/identities",
            Map.of("kind", "wechat", "value", openid));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().path("identities").findValuesAsText("value")).containsExactly(phone, openid);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephony_citizen_link_audit WHERE citizen_id = ?"
            + " AND actor = 'agent1'", Long.class, citizenId)).isEqualTo(1);

        JsonNode citizen = api.get("dispatcher1", "/api/citizens/" + citizenId).json();
        assertThat(citizen.path("contacts").findValuesAsText("contactNo")).contains(contactNo);
        assertThat(citizen.path("identities").get(0).path("value").asText()).contains("****");
        assertRefused(api.post("agent1", "/api/citizens/" + citizenId + "/identities",
            Map.of("kind", "phone", "value", "12")), 400, "invalid-request");
        assertRefused(api.get("agent1", "/api/citizens/999999999"), 404, "citizen-not-found");
    }

    @Test
    void anAgentLooksUpWhetherAPhoneHasContactsOnOtherChannels() {
        Response unknown = api.post("agent1", "/api/citizens/lookup", Map.of("phone", phone));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(200);
        assertThat(unknown.json().hasNonNull("citizenId")).isFalse();
        assertThat(unknown.json().path("otherContacts").asInt()).isZero();

        submit("第一次网上来件 " + marker);
        String latest = submit("第二次网上来件 " + marker);
        JsonNode found = api.post("agent1", "/api/citizens/lookup", Map.of("phone", "+86 " + phone)).json();
        assertThat(found.path("citizenId").asLong())
            .isEqualTo(api.get("agent1", "/api/contacts/" + latest).json().path("citizenId").asLong());
        assertThat(found.path("otherContacts").asInt()).isEqualTo(2);
        assertThat(found.path("latestContactNo").asText()).isEqualTo(latest);

        assertRefused(api.post("agent1", "/api/citizens/lookup", Map.of("phone", "12")), 400, "invalid-request");
        assertThat(api.post("dispatcher1", "/api/citizens/lookup", Map.of("phone", phone)).status()).isEqualTo(403);
    }

    @Test
    void rolesAreChecked() {
        String contactNo = submit("角色 " + marker);

        assertThat(api.get("dept-gjj", "/api/contacts").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/contacts").status()).isEqualTo(401);
        assertThat(api.post("dispatcher1", "/api/contacts/" + contactNo + "/claim", Map.of()).status()).isEqualTo(403);
        assertThat(api.post("supervisor1", "/api/citizens/1/identities", Map.of("kind", "phone", "value", phone))
            .status()).isEqualTo(403);
        assertRefused(api.get("agent1", "/api/contacts/C9999999999"), 404, "contact-not-found");
        assertRefused(api.get("agent1", "/api/contacts?status=lost"), 400, "bad-request");
    }

    @Test
    void aDoubleClickedTicketRegistrationMakesOneTicket() throws Exception {
        Map<String, Object> body = Map.of("channel", "phone", "type", "consultation", "categoryCode", "C0401",
            "citizenPhone", phone, "content", "双击测试 " + marker);
        String key = "reg-" + marker;

        List<Response> answers = concurrently(5,
            () -> api.postWithHeader("agent1", "/api/tickets", body, "Idempotency-Key", key));
        answers.add(api.postWithHeader("agent1", "/api/tickets", body, "Idempotency-Key", key));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(answers).extracting(r -> r.json().path("ticketNo").asText())
            .containsOnly(answers.get(0).json().path("ticketNo").asText());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_ticket WHERE content LIKE ?", Long.class,
            "%" + marker + "%")).isEqualTo(1);
        Map<String, Object> other = new java.util.HashMap<>(body);
        other.put("content", "另一张 " + marker);
        assertRefused(api.postWithHeader("agent1", "/api/tickets", other, "Idempotency-Key", key), 409,
            "idempotency-key-reused");
        assertThat(api.postWithHeader("agent2", "/api/tickets", other, "Idempotency-Key", key).status())
            .as("keys are per user").isEqualTo(201);
    }

    @Test
    void thePublicLookupRevealsLittleAndAWrongTailLooksLikeNoTicket() {
        Map<String, Object> body = Map.of("channel", "web", "type", "complaint", "categoryCode", "C0401",
            "citizenPhone", phone, "citizenName", "钱女士", "content", "公开查询 " + marker);
        String no = api.post("agent1", "/api/tickets", body).json().path("ticketNo").asText();

        Response found = api.get(null, "/api/public/tickets/" + no + "?phoneTail=" + phone.substring(7));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonNode ticket = found.json();
        assertThat(ticket.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(ticket.path("departmentName").asText()).isEqualTo("市住房公积金管理中心");
        assertThat(ticket.path("registeredAt").asText()).isNotBlank();
        assertThat(found.body()).doesNotContain(phone, "钱女士", marker, "citizenPhone", "content");

        Response wrongTail = api.get(null, "/api/public/tickets/" + no + "?phoneTail=0000");
        Response missing = api.get(null, "/api/public/tickets/JH20000101000001?phoneTail=" + phone.substring(7));
        assertThat(wrongTail.status()).isEqualTo(404);
        assertThat(wrongTail.body().replace(no, "")).isEqualTo(missing.body().replace("JH20000101000001", ""));
        assertThat(api.get(null, "/api/public/tickets/" + no).status()).isEqualTo(404);

        api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of());
        api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of());
        api.post("dept-gjj", "/api/tickets/" + no + "/reply", Map.of("text", "已核实并办结 " + marker));
        assertThat(api.get(null, "/api/public/tickets/" + no + "?phoneTail=" + phone.substring(7)).json()
            .has("reply")).as("not published before review").isFalse();
        api.post("dispatcher1", "/api/tickets/" + no + "/review", Map.of("accepted", true));
        JsonNode reviewed = api.get(null, "/api/public/tickets/" + no + "?phoneTail=" + phone.substring(7)).json();
        assertThat(reviewed.path("reply").asText()).isEqualTo("已核实并办结 " + marker);
        assertThat(reviewed.path("status").asText()).isEqualTo("FOLLOW_UP");
    }

    @Test
    void supervisorsAreToldOfBreachedClocksAndReadTheFiguresByChannel() {
        try (TestPushClient supervisor = TestSocket.open(api, "supervisor1")) {
            long id = contacts.receive(new InboundMessage(ContactChannel.APP, marker, List.of(CitizenIdentity.of(
                IdentityKind.PHONE, phone, "phone")), null, "等了很久 " + marker, List.of(), null, null, null, null,
                Instant.now().minusSeconds(600))).contact().id();

            supervisor.until(f -> "contact-breached".equals(f.path("type").asText())
                && f.path("payload").path("contactId").asLong() == id);
        }
        Instant from = Instant.now().minusSeconds(3600);
        Response stats = api.get("supervisor1", "/api/contacts/stats?from=" + from + "&to=" + Instant.now().plusSeconds(5));
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        JsonNode app = null;
        for (JsonNode line : stats.json().path("channels")) {
            if ("app".equals(line.path("channel").asText())) {
                app = line;
            }
        }
        assertThat(app).isNotNull();
        assertThat(app.path("breaches").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(app.path("received").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("supervisor1", "/api/contacts/stats?from=" + Instant.now() + "&to=" + from).status())
            .isEqualTo(400);
    }

    private static Map<String, Object> ticketBody() {
        return Map.of("type", "complaint", "categoryCode", "C0401", "districtCode", "JC");
    }

    private static JsonNode find(JsonNode list, String contactNo) {
        for (JsonNode node : list) {
            if (contactNo.equals(node.path("contactNo").asText())) {
                return node;
            }
        }
        throw new AssertionError(contactNo + " not in " + list);
    }
}
