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
import org.hotline.telephony.EmailSender;
import org.hotline.telephony.NoticeDeliveryException;
import org.hotline.telephony.NoticeKind;
import org.hotline.telephony.SmsSender;
import org.hotline.telephony.WeChatMessageSender;
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
    private final ObjectProvider<EmailSender> email;
    private final ObjectProvider<WeChatMessageSender> wechat;
    private final ChannelProperties.NoticeSettings settings;

    DbCitizenNotices(NoticeMapper mapper, ObjectProvider<SmsSender> sms, ObjectProvider<EmailSender> email,
                     ObjectProvider<WeChatMessageSender> wechat, ChannelProperties properties) {
        this.mapper = mapper;
        this.sms = sms;
        this.email = email;
        this.wechat = wechat;
        this.settings = properties.getNotices();
    }

    @Override
    @Transactional
    public boolean enqueue(CitizenNotice notice) {
        if (!canCarry(notice.recipient().kind())) {
            if (notice.fallback() != null) {
                return enqueue(notice.bySms());
            }
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
        row.fallbackPhone = notice.fallback() == null ? null : notice.fallback().value();
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
        if (!canCarry(IdentityKind.PHONE) && !canCarry(IdentityKind.EMAIL) && !canCarry(IdentityKind.WECHAT)) {
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
            Optional<Failure> error = send(row);
            Instant at = now();
            // The attempt is recorded before the notice's status moves, so a finished notice shows all its attempts.
            if (error.isEmpty()) {
                mapper.insertAttempt(row.id, attempt, at, "SENT", null);
                mapper.markSent(row.id, at);
                sent++;
            } else if (attempt >= settings.getMaxAttempts() || error.get().permanent()) {
                mapper.insertAttempt(row.id, attempt, at, "GAVE_UP", error.get().message());
                // Queued before the notice is marked failed: a crash in between retries this, and the fallback's
                // own key keeps it from being queued twice.
                if (row.fallbackPhone != null) {
                    enqueue(row.toNotice().bySms());
                }
                mapper.markFailed(row.id);
                log.warn("notice {} ({}) given up after {} attempts{}: {}", row.id, row.kind, attempt,
                    row.fallbackPhone == null ? "" : ", sent by SMS instead", error.get().message());
            } else {
                mapper.insertAttempt(row.id, attempt, at, "FAILED", error.get().message());
                mapper.markRetry(row.id, at.plus(backoff(attempt)));
                log.info("notice {} attempt {} failed: {}", row.id, attempt, error.get().message());
            }
        }
        return sent;
    }

    private boolean canCarry(IdentityKind kind) {
        return switch (kind) {
            case PHONE -> sms.getIfAvailable() != null;
            case EMAIL -> email.getIfAvailable() != null;
            case WECHAT -> wechat.getIfAvailable() != null;
        };
    }

    private Optional<Failure> send(NoticeRow row) {
        try {
            switch (IdentityKind.valueOf(row.recipientKind)) {
                case PHONE -> required(sms).send(Long.toString(row.id), row.recipient, row.textBody);
                case EMAIL -> required(email).send(Long.toString(row.id), row.recipient,
                    subject(NoticeKind.valueOf(row.kind), row.ticketNo), row.textBody);
                case WECHAT -> required(wechat).sendText(row.recipient, row.textBody);
            }
            return Optional.empty();
        } catch (NoticeDeliveryException | IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(new Failure(message.length() > 200 ? message.substring(0, 200) : message,
                e instanceof NoticeDeliveryException delivery && delivery.permanent()));
        }
    }

    /** Why an attempt failed, and whether trying again could change that. */
    private record Failure(String message, boolean permanent) {
    }


    private static <T> T required(ObjectProvider<T> sender) {
        T available = sender.getIfAvailable();
        if (available == null) {
            throw new NoticeDeliveryException("the channel was switched off");
        }
        return available;
    }

    /** The subject line of a notice sent by e-mail. */
    static String subject(NoticeKind kind, String ticketNo) {
        String about = ticketNo == null ? "" : "（工单" + ticketNo + "）";
        return "【12345热线】" + switch (kind) {
            case CONTACT_RECEIVED -> "您的来信已收到";
            case TICKET_REGISTERED -> "您的诉求已受理" + about;
            case DIRECT_ANSWER -> "关于您来信的答复";
            case MERGED_CLOSED, TICKET_CLOSED -> "您反映的问题已办结" + about;
            case FOLLOW_UP_SURVEY -> "满意度回访" + about;
            case SURVEY_THANKS -> "感谢您的评价" + about;
        };
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
