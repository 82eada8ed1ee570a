package org.hotline.telephony.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.CitizenNotices;
import org.hotline.telephony.EmailSender;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.NoticeKind;
import org.hotline.telephony.NoticeRecord;
import org.hotline.telephony.SmsSender;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TestContacts;
import org.hotline.telephony.TestSmsGateway;
import org.hotline.telephony.WeChatMessageSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox against a local SMS gateway over real HTTP: sent after a failure, each attempt recorded, never twice; a
 * notice an online channel cannot carry goes to its fallback phone by SMS.
 */
class NoticeOutboxIT extends TelephonyIntegrationSupport {

    static final TestSmsGateway GATEWAY = SMS;

    @Autowired
    CitizenNotices notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NoticeMapper mapper;
    @Autowired
    ObjectProvider<SmsSender> sms;
    @Autowired
    ChannelProperties properties;

    @Test
    void aNoticeIsRetriedUntilTheGatewayTakesItAndSentOnce() {
        String ticketNo = ticketNo();
        String phone = TestContacts.randomMobile();
        GATEWAY.failNext(2);

        assertThat(notices.enqueue(notice("registered:" + ticketNo, phone, ticketNo))).isTrue();
        assertThat(notices.enqueue(notice("registered:" + ticketNo, phone, ticketNo))).as("same key").isFalse();

        await().atMost(Duration.ofSeconds(20)).until(() -> "sent".equals(notices.ofTicket(ticketNo).get(0).status()));
        NoticeRecord sent = notices.ofTicket(ticketNo).get(0);
        assertThat(notices.ofTicket(ticketNo)).hasSize(1);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT outcome FROM telephony_notice_attempt WHERE notice_id = ? ORDER BY attempt",
            String.class, sent.id())).containsExactly("FAILED", "FAILED", "SENT");
        List<String> references = GATEWAY.requests().stream()
            .filter(r -> r.path("to").asText().equals(phone)).map(r -> r.path("reference").asText()).toList();
        assertThat(references).containsExactly(Long.toString(sent.id()), Long.toString(sent.id()),
            Long.toString(sent.id()));
        assertThat(GATEWAY.taken()).filteredOn(r -> r.path("to").asText().equals(phone)).hasSize(1)
            .allSatisfy(r -> assertThat(r.path("text").asText()).contains(ticketNo));
        assertThat(GATEWAY.badSignatures()).isZero();

        assertThat(notices.sendDue()).as("nothing left to send").isZero();
        assertThat(GATEWAY.taken()).filteredOn(r -> r.path("to").asText().equals(phone)).hasSize(1);
    }

    @Test
    void aNoticeTheGatewayKeepsRefusingIsGivenUpAfterTheLastAttempt() {
        String ticketNo = ticketNo();
        GATEWAY.failNext(3);

        notices.enqueue(notice("closed:" + ticketNo, TestContacts.randomMobile(), ticketNo));

        await().atMost(Duration.ofSeconds(20)).until(() -> "failed".equals(notices.ofTicket(ticketNo).get(0).status()));
        assertThat(jdbc.queryForList("SELECT outcome FROM telephony_notice_attempt WHERE notice_id = ? ORDER BY attempt",
            String.class, notices.ofTicket(ticketNo).get(0).id())).containsExactly("FAILED", "FAILED", "GAVE_UP");
    }

    @Test
    void aNoticeToAnEmailAddressLeavesBySmtp() throws Exception {
        String ticketNo = ticketNo();
        String address = "n" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";

        assertThat(notices.enqueue(new CitizenNotice("closed:" + ticketNo + ":" + address, NoticeKind.TICKET_CLOSED,
            CitizenIdentity.of(IdentityKind.EMAIL, address, "to"), "您反映的工单" + ticketNo + "已办结。答复：已修复。",
            ticketNo))).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> "sent".equals(notices.ofTicket(ticketNo).get(0).status()));
        List<jakarta.mail.internet.MimeMessage> mails = MAIL.findReceivedMessages(
            user -> user.getEmail().equals(address), m -> true).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("【12345热线】您反映的问题已办结（工单" + ticketNo + "）");
        assertThat(mails.get(0).getContent().toString()).contains("答复：已修复。");
        assertThat(mails.get(0).getMessageID()).isEqualTo("<notice-" + notices.ofTicket(ticketNo).get(0).id()
            + "@hotline.local>");
    }

    @Test
    void aWeChatNoticeTheCitizenCanNoLongerReceiveIsGivenUpAtOnceAndSentBySmsInstead() {
        String ticketNo = ticketNo();
        String phone = TestContacts.randomMobile();
        // The stand-in for WeChat's API answers 45015 (48 hours since the citizen last wrote) for these openids.
        String openid = "blocked" + UUID.randomUUID().toString().replace("-", "").substring(0, 21);
        String key = "closed:" + ticketNo + ":" + openid;

        assertThat(notices.enqueue(new CitizenNotice(key, NoticeKind.TICKET_CLOSED,
            CitizenIdentity.of(IdentityKind.WECHAT, openid, "to"), "您反映的工单" + ticketNo + "已办结。", ticketNo,
            CitizenIdentity.of(IdentityKind.PHONE, phone, "phone")))).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> notices.ofTicket(ticketNo).size() == 2
            && "sent".equals(notices.ofTicket(ticketNo).get(1).status()));
        List<NoticeRecord> both = notices.ofTicket(ticketNo);
        assertThat(both.get(0).key()).isEqualTo(key);
        assertThat(both.get(0).status()).isEqualTo("failed");
        assertThat(jdbc.queryForList("SELECT outcome FROM telephony_notice_attempt WHERE notice_id = ? ORDER BY attempt",
            String.class, both.get(0).id())).as("no retry of a refusal that cannot change").containsExactly("GAVE_UP");
        assertThat(both.get(1).key()).isEqualTo(key + CitizenNotice.FALLBACK_SUFFIX);
        assertThat(both.get(1).recipient()).isEqualTo(CitizenIdentity.of(IdentityKind.PHONE, phone, "phone"));
        assertThat(GATEWAY.taken()).filteredOn(r -> r.path("to").asText().equals(phone)).singleElement()
            .satisfies(r -> assertThat(r.path("text").asText()).isEqualTo("您反映的工单" + ticketNo + "已办结。"));

        assertThat(notices.sendDue()).as("nothing left to send").isZero();
        assertThat(notices.enqueue(new CitizenNotice(key, NoticeKind.TICKET_CLOSED,
            CitizenIdentity.of(IdentityKind.WECHAT, openid, "to"), "again", ticketNo,
            CitizenIdentity.of(IdentityKind.PHONE, phone, "phone")))).as("same key").isFalse();
        assertThat(GATEWAY.taken()).filteredOn(r -> r.path("to").asText().equals(phone)).hasSize(1);
    }

    @Test
    void aNoticeForAChannelThatIsOffIsQueuedForItsFallbackPhone() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        DbCitizenNotices withoutWeChat = new DbCitizenNotices(mapper, sms, none.getBeanProvider(EmailSender.class),
            none.getBeanProvider(WeChatMessageSender.class), properties);
        String ticketNo = ticketNo();
        String phone = TestContacts.randomMobile();
        String key = "registered:" + ticketNo + ":C000042";

        assertThat(withoutWeChat.enqueue(new CitizenNotice(key, NoticeKind.TICKET_REGISTERED,
            CitizenIdentity.of(IdentityKind.WECHAT, "oFallback" + ticketNo, "to"), "工单号" + ticketNo, ticketNo,
            CitizenIdentity.of(IdentityKind.PHONE, phone, "phone")))).isTrue();

        assertThat(notices.ofTicket(ticketNo)).singleElement().satisfies(notice -> {
            assertThat(notice.key()).isEqualTo(key + CitizenNotice.FALLBACK_SUFFIX);
            assertThat(notice.recipient().kind()).isEqualTo(IdentityKind.PHONE);
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> "sent".equals(notices.ofTicket(ticketNo).get(0).status()));
        assertThat(GATEWAY.taken()).filteredOn(r -> r.path("to").asText().equals(phone)).hasSize(1);
    }

    private static CitizenNotice notice(String key, String phone, String ticketNo) {
        return new CitizenNotice(key, NoticeKind.TICKET_REGISTERED, CitizenIdentity.of(IdentityKind.PHONE, phone, "to"),
            "【12345】您的诉求已受理，工单号 " + ticketNo + "。", ticketNo);
    }

    private static String ticketNo() {
        return "JH20261207" + String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
    }
}
