package org.hotline.telephony.channel;

import static org.assertj.core.api.Assertions.assertThat;

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
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        DbCitizenNotices notices = new DbCitizenNotices(null, none.getBeanProvider(SmsSender.class),
            none.getBeanProvider(EmailSender.class), none.getBeanProvider(WeChatMessageSender.class),
            new ChannelProperties());

        assertThat(notices.enqueue(notice(CitizenIdentity.of(IdentityKind.PHONE, "13800138000", "to")))).isFalse();
        assertThat(notices.enqueue(notice(CitizenIdentity.of(IdentityKind.EMAIL, "a@example.cn", "to")))).isFalse();
        assertThat(notices.enqueue(notice(CitizenIdentity.of(IdentityKind.WECHAT, "oAbCdEf123456", "to")))).isFalse();
        assertThat(notices.sendDue()).isZero();
    }

    @Test
    void mailedNoticesHaveASubjectForTheirKind() {
        assertThat(DbCitizenNotices.subject(NoticeKind.TICKET_REGISTERED, "JH20261207000001"))
            .isEqualTo("【12345热线】您的诉求已受理（工单JH20261207000001）");
        assertThat(DbCitizenNotices.subject(NoticeKind.CONTACT_RECEIVED, null)).isEqualTo("【12345热线】您的来信已收到");
    }

    private static CitizenNotice notice(CitizenIdentity to) {
        return new CitizenNotice("k:" + to.value(), NoticeKind.DIRECT_ANSWER, to, "答复", null);
    }
}
