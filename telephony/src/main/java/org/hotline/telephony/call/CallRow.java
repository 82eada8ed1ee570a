package org.hotline.telephony.call;

import java.time.Instant;
import java.util.List;

import org.hotline.telephony.CallRecord;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.IvrChoice;

/** A {@code telephony_call} row as MyBatis maps it. */
class CallRow {

    long id;
    String callId;
    String callerNumber;
    String callerName;
    String queueName;
    String agent;
    String agentInterface;
    Instant enteredAt;
    Instant queuedAt;
    Instant answeredAt;
    Instant endedAt;
    int waitSeconds;
    int talkSeconds;
    int wrapUpSeconds;
    String disposition;
    String hangupCause;
    String recordingFile;
    String ivrChoice;
    Integer abandonPosition;

    CallRecord toRecord(List<String> ticketNos) {
        return new CallRecord(id, callId, callerNumber, queueName, agent, enteredAt, answeredAt, endedAt, waitSeconds,
                talkSeconds, disposition == null ? null : Disposition.valueOf(disposition), hangupCause,
                recordingFile, ivrChoice == null ? null : IvrChoice.valueOf(ivrChoice), ticketNos);
    }
}
