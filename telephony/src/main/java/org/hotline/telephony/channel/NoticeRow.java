package org.hotline.telephony.channel;

import java.time.Instant;

import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.NoticeKind;
import org.hotline.telephony.NoticeRecord;

/** A {@code telephony_notice} row. */
class NoticeRow {
    Long id;
    String noticeKey;
    String kind;
    String recipientKind;
    String recipient;
    String textBody;
    String ticketNo;
    String fallbackPhone;
    String status;
    int attempts;
    Instant nextAttemptAt;
    Instant createdAt;
    Instant sentAt;

    /** The notice this row stores, with its fallback. */
    CitizenNotice toNotice() {
        return new CitizenNotice(noticeKey, NoticeKind.valueOf(kind),
            new CitizenIdentity(IdentityKind.valueOf(recipientKind), recipient), textBody, ticketNo,
            fallbackPhone == null ? null : new CitizenIdentity(IdentityKind.PHONE, fallbackPhone));
    }

    NoticeRecord toRecord() {
        return new NoticeRecord(id, noticeKey, NoticeKind.valueOf(kind),
            new CitizenIdentity(IdentityKind.valueOf(recipientKind), recipient), textBody, ticketNo,
            status.toLowerCase(java.util.Locale.ROOT), attempts, createdAt, sentAt);
    }
}
