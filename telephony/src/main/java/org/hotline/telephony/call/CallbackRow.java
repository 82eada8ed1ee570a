package org.hotline.telephony.call;

import java.time.Instant;

import org.hotline.telephony.CallbackOutcome;
import org.hotline.telephony.CallbackStatus;
import org.hotline.telephony.CallbackTask;

/** A {@code telephony_callback} row as MyBatis maps it. */
class CallbackRow {

    long id;
    String callerNumber;
    String callId;
    String queueName;
    int abandons;
    String status;
    String agent;
    Instant createdAt;
    Instant updatedAt;
    int attempts;
    String lastOutcome;
    String lastNote;
    String lastAgent;

    CallbackTask toTask() {
        return new CallbackTask(id, callerNumber, callId, queueName, abandons, CallbackStatus.valueOf(status), agent,
                createdAt, updatedAt, attempts, lastOutcome == null ? null : CallbackOutcome.valueOf(lastOutcome),
                lastNote, lastAgent);
    }
}
