package org.hotline.telephony.channel;

import org.hotline.telephony.EmailChannel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Polls the mailbox every {@code hotline.channel.email.poll-interval}, while {@code imap-host} is set. */
@Component
@ConditionalOnExpression("'${hotline.channel.email.imap-host:}' != ''")
class EmailPoller extends PeriodicTask {

    private final EmailChannel email;

    EmailPoller(EmailChannel email, ChannelProperties properties) {
        super("email-poller", properties.getEmail().getPollInterval());
        this.email = email;
    }

    @Override
    void runOnce() {
        email.pollOnce();
    }
}
