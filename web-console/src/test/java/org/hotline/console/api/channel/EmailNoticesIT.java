package org.hotline.console.api.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.EmailChannel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A citizen who writes by e-mail is answered by e-mail: the contact number, the ticket number and the close, and not
 * by SMS too when the ticket also has their phone.
 */
class EmailNoticesIT extends HotlineIntegrationSupport {

    @Autowired
    EmailChannel email;
    @Autowired
    Contacts contacts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNumberTheTicketAndTheClosingReplyGoBackByEmail() throws Exception {
        String citizen = "e" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        String contactNo = receiveMail(citizen, marker);
        assertThat(awaitMail(citizen, "您的来信已收到")).contains(contactNo);

        TestApi api = api();
        String ticketNo = registerFrom(api, contactNo, Map.of("type", "report", "categoryCode", "C0401"), marker);
        assertThat(awaitMail(citizen, "您的诉求已受理")).contains(ticketNo, contactNo);

        close(api, ticketNo, marker);
        assertThat(awaitMail(citizen, "您反映的问题已办结")).contains(ticketNo, "已补装井盖 " + marker);
        assertThat(mails(citizen)).as("number, registration, close; no SMS survey for a mail citizen").hasSize(3);
    }

    /**
     * The agent adds the citizen's phone to the ticket (to call back): the citizen is still told by e-mail, where
     * they wrote, and not by SMS as well; the phone is kept as every notice's fallback.
     */
    @Test
    void aCitizenWhoWroteByEmailIsToldThereOnlyWhenTheTicketAlsoHasTheirPhone() throws Exception {
        String citizen = "e" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        String phone = SmsAndNoticesIT.phone();
        String contactNo = receiveMail(citizen, marker);

        TestApi api = api();
        String ticketNo = registerFrom(api, contactNo, Map.of("type", "report", "categoryCode", "C0401",
            "citizenPhone", phone), marker);
        assertThat(awaitMail(citizen, "您的诉求已受理")).contains(ticketNo, contactNo);
        close(api, ticketNo, marker);
        assertThat(awaitMail(citizen, "您反映的问题已办结")).contains(ticketNo, "已补装井盖 " + marker);

        assertThat(jdbc.queryForList("SELECT kind, recipient_kind, recipient, fallback_phone FROM telephony_notice"
                + " WHERE ticket_no = ? ORDER BY id", ticketNo))
            .extracting(row -> row.get("kind") + " " + row.get("recipient_kind") + " " + row.get("recipient") + " "
                + row.get("fallback_phone"))
            .containsExactly("TICKET_REGISTERED EMAIL " + citizen + " " + phone,
                "TICKET_CLOSED EMAIL " + citizen + " " + phone);
        assertThat(SMS.requests()).noneMatch(r -> r.path("to").asText().equals(phone));

        // What the citizen was told, as agents see it on the ticket: the address masked.
        JsonNode notices = api.get("agent1", "/api/tickets/" + ticketNo + "/links").json().path("notices");
        assertThat(notices).hasSize(2).allSatisfy(notice -> {
            assertThat(notice.path("channel").asText()).isEqualTo("email");
            assertThat(notice.path("recipient").asText()).contains("***").isNotEqualTo(citizen);
            assertThat(notice.path("status").asText()).isEqualTo("sent");
            assertThat(notice.path("insteadOfOnline").asBoolean()).isFalse();
        });
        assertThat(notices.findValuesAsText("kind")).containsExactly("ticket_registered", "ticket_closed");
    }

    /** Delivers a GBK mail from {@code citizen} to the hotline's mailbox, polls it and returns the contact number. */
    private String receiveMail(String citizen, String marker) throws Exception {
        String messageId = "<" + UUID.randomUUID() + "@mail.example.cn>";
        String raw = "Message-ID: " + messageId + "\r\nFrom: " + citizen + "\r\nTo: " + MAILBOX
            + "\r\nSubject: =?GB2312?B?" + java.util.Base64.getEncoder().encodeToString("井盖丢失".getBytes("GBK"))
            + "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
        byte[] body = ("人民路口井盖丢失，很危险 " + marker + "\r\n").getBytes("GBK");
        byte[] mail = new byte[raw.length() + body.length];
        System.arraycopy(raw.getBytes(StandardCharsets.US_ASCII), 0, mail, 0, raw.length());
        System.arraycopy(body, 0, mail, raw.length(), body.length);
        MAIL.getUserManager().getUserByEmail(MAILBOX).deliver(new MimeMessage(Session.getInstance(new Properties()),
            new ByteArrayInputStream(mail)));

        assertThat(email.pollOnce().received()).isEqualTo(1);
        return contacts.findByExternalId(ContactChannel.EMAIL, messageId).orElseThrow().contactNo();
    }

    private static String registerFrom(TestApi api, String contactNo, Map<String, Object> ticket, String marker) {
        ok(api.post("agent1", "/api/contacts/" + contactNo + "/claim", Map.of()));
        Response registered = api.post("agent1", "/api/contacts/" + contactNo + "/ticket", ticket);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().path("ticket").path("content").asText()).contains("井盖丢失", marker);
        return registered.json().path("ticket").path("ticketNo").asText();
    }

    private static void close(TestApi api, String ticketNo, String marker) {
        ok(api.post("dispatcher1", "/api/tickets/" + ticketNo + "/dispatch", Map.of()));
        ok(api.post("dept-gjj", "/api/tickets/" + ticketNo + "/sign", Map.of()));
        ok(api.post("dept-gjj", "/api/tickets/" + ticketNo + "/reply", Map.of("text", "已补装井盖 " + marker)));
        ok(api.post("dispatcher1", "/api/tickets/" + ticketNo + "/review", Map.of("accepted", true)));
        ok(api.post("dispatcher1", "/api/tickets/" + ticketNo + "/follow-up", Map.of("satisfaction", 5)));
    }

    private static String awaitMail(String to, String subjectPart) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (MimeMessage m : mails(to)) {
                if (m.getSubject().contains(subjectPart)) {
                    return m.getContent().toString();
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    private static List<MimeMessage> mails(String to) {
        return MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(to), m -> true).toList();
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
