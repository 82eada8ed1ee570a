package org.hotline.telephony;

import java.time.Instant;
import java.util.List;

/**
 * One citizen call, CDR-like.
 *
 * @param id            database id
 * @param linkedId      the Asterisk {@code Linkedid}, the call id used everywhere else
 * @param caller        the caller's number
 * @param queue         the queue, or {@code null} when the call never reached one
 * @param agent         the answering agent's username, or {@code null}
 * @param enteredAt     when the call reached the hotline
 * @param answeredAt    when an agent answered, or {@code null}
 * @param endedAt       when the call ended, or {@code null} while live
 * @param waitSeconds   seconds waited in the queue
 * @param talkSeconds   seconds talked with an agent
 * @param disposition   how it ended, or {@code null} while live and unanswered
 * @param hangupCause   the hang-up cause text, or {@code null}
 * @param recordingFile the recording's file name, or {@code null}
 * @param ivrChoice     the IVR menu choice, or {@code null}
 * @param ticketNos     tickets registered during the call, in linking order
 */
public record CallRecord(long id, String linkedId, String caller, String queue, String agent, Instant enteredAt,
                         Instant answeredAt, Instant endedAt, int waitSeconds, int talkSeconds,
                         Disposition disposition, String hangupCause, String recordingFile, IvrChoice ivrChoice,
                         List<String> ticketNos) {

    public CallRecord {
        ticketNos = ticketNos == null ? List.of() : List.copyOf(ticketNos);
    }

    /** @return the call id, equal to {@link #linkedId()} */
    public String callId() {
        return linkedId;
    }
}
