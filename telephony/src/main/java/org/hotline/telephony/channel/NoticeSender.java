package org.hotline.telephony.channel;

import org.hotline.telephony.CitizenNotices;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due notices every {@code hotline.channel.notices.poll-interval}, while a channel that carries
 * notices is configured (SMS gateway, SMTP, or WeChat's customer-service API).
 */
@Component
@ConditionalOnExpression("('${hotline.channel.sms.gateway-url:}' != '' and '${hotline.channel.sms.secret:}' != '')"
    + " or ('${hotline.channel.email.smtp-host:}' != '' and '${hotline.channel.email.from:}' != '')"
    + " or ('${hotline.channel.wechat.app-id:}' != '' and '${hotline.channel.wechat.app-secret:}' != '')")
class NoticeSender extends PeriodicTask {

    private final CitizenNotices notices;

    NoticeSender(CitizenNotices notices, ChannelProperties properties) {
        super("notice-sender", properties.getNotices().getPollInterval());
        this.notices = notices;
    }

    @Override
    void runOnce() {
        notices.sendDue();
    }
}
