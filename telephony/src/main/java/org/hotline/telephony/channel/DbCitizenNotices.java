package org.hotline.telephony.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.CitizenNotices;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.NoticeRecord;
import org.hotline.telephony.SmsDeliveryException;
import org.hotline.telephony.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class DbCitizenNotices implements CitizenNotices {

    static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(DbCitizenNotices.class);

    private final NoticeMapper mapper;
    private final ObjectProvider<SmsSender> sms;
    private final ChannelProperties.NoticeSettings settings;

    DbCitizenNotices(NoticeMapper mapper, ObjectProvider<SmsSender> sms, ChannelProperties properties) {
        this.mapper = mapper;
        this.sms = sms;
        this.settings = properties.getNotices();
    }

    @Override
    @Transactional
    public boolean enqueue(CitizenNotice notice) {
        if (notice.recipient().kind() != IdentityKind.PHONE || sms.getIfAvailable() == null) {
            log.info("{} notice {} not queued: no channel can carry it", notice.kind(), notice.key());
            return false;
        }
        NoticeRow row = new NoticeRow();
        row.noticeKey = notice.key();
        row.kind = notice.kind().name();
        row.recipientKind = notice.recipient().kind().name();
        row.recipient = notice.recipient().value();
        row.textBody = notice.text();
        row.ticketNo = notice.ticketNo();
        row.createdAt = now();
        row.nextAttemptAt = row.createdAt;
        try {
            mapper.insert(row);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int sendDue() {
        SmsSender sender = sms.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        Instant now = now();
        for (NoticeRow row : mapper.findDue(now, BATCH)) {
            // Each step commits on its own: a crash after the gateway took the message leaves a lease that
            // expires into a retry with the same reference, which the gateway drops.
            if (mapper.lease(row.id, row.nextAttemptAt, now.plus(settings.getLease())) == 0) {
                continue;
            }
            int attempt = row.attempts + 1;
            Optional<String> error = send(sender, row);
            Instant at = now();
            // The attempt is recorded before the notice's status moves, so a finished notice shows all its attempts.
            if (error.isEmpty()) {
                mapper.insertAttempt(row.id, attempt, at, "SENT", null);
                mapper.markSent(row.id, at);
                sent++;
            } else if (attempt >= settings.getMaxAttempts()) {
                mapper.insertAttempt(row.id, attempt, at, "GAVE_UP", error.get());
                mapper.markFailed(row.id);
                log.warn("notice {} ({}) given up after {} attempts: {}", row.id, row.kind, attempt, error.get());
            } else {
                mapper.insertAttempt(row.id, attempt, at, "FAILED", error.get());
                mapper.markRetry(row.id, at.plus(backoff(attempt)));
                log.info("notice {} attempt {} failed: {}", row.id, attempt, error.get());
            }
        }
        return sent;
    }

    private static Optional<String> send(SmsSender sender, NoticeRow row) {
        try {
            sender.send(Long.toString(row.id), row.recipient, row.textBody);
            return Optional.empty();
        } catch (SmsDeliveryException | IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(message.length() > 200 ? message.substring(0, 200) : message);
        }
    }

    /** retry-base × 2^(attempt-1), at most retry-max */
    Duration backoff(int attempt) {
        Duration pause = settings.getRetryBase().multipliedBy(1L << Math.min(attempt - 1, 20));
        return pause.compareTo(settings.getRetryMax()) > 0 ? settings.getRetryMax() : pause;
    }

    @Override
    public List<NoticeRecord> ofTicket(String ticketNo) {
        return mapper.ofTicket(ticketNo).stream().map(NoticeRow::toRecord).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
