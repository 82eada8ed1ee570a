package org.hotline.telephony.channel;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks every {@code hotline.channel.response-clock.sweep-interval} for open contacts whose first-response clock ran
 * out and publishes each once (the row's flag makes it once across nodes).
 */
@Component
class ResponseClockSweeper extends PeriodicTask {

    private final DbContacts contacts;
    private final TransactionTemplate transactions;

    ResponseClockSweeper(DbContacts contacts, ChannelProperties properties, PlatformTransactionManager transactions) {
        super("response-clock-sweeper", properties.getResponseClock().getSweepInterval());
        this.contacts = contacts;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    void runOnce() {
        contacts.publishBreaches(transactions);
    }
}
