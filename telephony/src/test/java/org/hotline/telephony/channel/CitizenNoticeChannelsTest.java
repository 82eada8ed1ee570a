package org.hotline.telephony.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.EmailSender;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.NoticeKind;
import org.hotline.telephony.SmsSender;
import org.hotline.telephony.WeChatMessageSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class CitizenNoticeChannelsTest {

    @Test
    void aNoticeWhoseChannelIsOffIsNotQueued() {
        DbCitizenNotices notices = allChannelsOff();

        assertThat(notices.enqueue(notice(CitizenIdentity.of(IdentityKind.PHONE, "13800138000", "to")))).isFalse();
        assertThat(notices.enqueue(notice(CitizenIdentity.of(IdentityKind.EMAIL, "a@example.cn", "to")))).isFalse();
        assertThat(notices.enqueue(notice(CitizenIdentity.of(IdentityKind.WECHAT, "oAbCdEf123456", "to")))).isFalse();
        assertThat(notices.sendDue()).isZero();
    }

    @Test
    void aNoticeWithAFallbackWhoseChannelsAreAllOffIsNotQueuedEither() {
        DbCitizenNotices notices = allChannelsOff();

        assertThat(notices.enqueue(new CitizenNotice("k", NoticeKind.DIRECT_ANSWER,
            CitizenIdentity.of(IdentityKind.WECHAT, "oAbCdEf123456", "to"), "答复", null,
            CitizenIdentity.of(IdentityKind.PHONE, "13800138000", "phone")))).isFalse();
    }

    @Test
    void onlyANoticeToAnOnlineAddressFallsBackAndOnlyToAPhone() {
        CitizenIdentity phone = CitizenIdentity.of(IdentityKind.PHONE, "13800138000", "phone");
        CitizenIdentity mail = CitizenIdentity.of(IdentityKind.EMAIL, "a@example.cn", "to");

        CitizenNotice notice = new CitizenNotice("closed:JH20261207000001:a@example.cn", NoticeKind.TICKET_CLOSED,
            mail, "已办结", "JH20261207000001", phone);
        CitizenNotice bySms = notice.bySms();

        assertThat(bySms.key()).isEqualTo("closed:JH20261207000001:a@example.cn:sms");
        assertThat(bySms.recipient()).isEqualTo(phone);
        assertThat(bySms.fallback()).isNull();
        assertThat(bySms.text()).isEqualTo("已办结");
        assertThatThrownBy(bySms::bySms).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new CitizenNotice("k", NoticeKind.TICKET_CLOSED, phone, "t", null, phone))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CitizenNotice("k", NoticeKind.TICKET_CLOSED, mail, "t", null, mail))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CitizenNotice("k".repeat(CitizenNotice.MAX_KEY + 1), NoticeKind.TICKET_CLOSED,
            mail, "t", null, phone)).as("room for the fallback's suffix").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mailedNoticesHaveASubjectForTheirKind() {
        assertThat(DbCitizenNotices.subject(NoticeKind.TICKET_REGISTERED, "JH20261207000001"))
            .isEqualTo("【12345热线】您的诉求已受理（工单JH20261207000001）");
        assertThat(DbCitizenNotices.subject(NoticeKind.CONTACT_RECEIVED, null)).isEqualTo("【12345热线】您的来信已收到");
    }

    private static DbCitizenNotices allChannelsOff() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        return new DbCitizenNotices(null, none.getBeanProvider(SmsSender.class),
            none.getBeanProvider(EmailSender.class), none.getBeanProvider(WeChatMessageSender.class),
            new ChannelProperties());
    }

    private static CitizenNotice notice(CitizenIdentity to) {
        return new CitizenNotice("k:" + to.value(), NoticeKind.DIRECT_ANSWER, to, "答复", null);
    }
}
