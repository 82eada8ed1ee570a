package org.hotline.telephony.channel;

import org.hotline.telephony.CitizenNotices;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Sends the outbox's due notices every {@code hotline.channel.notices.poll-interval}, while SMS is configured. */
@Component
@ConditionalOnExpression("'${hotline.channel.sms.gateway-url:}' != '' and '${hotline.channel.sms.secret:}' != ''")
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
