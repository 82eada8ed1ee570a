package org.hotline.telephony.ami;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hotline.telephony.IvrChoice;
import org.hotline.telephony.QueueExit;

/** What the translator knows about one live call. Guarded by the translator's lock. */
final class LiveCall {

    final String callId;
    final String server;
    /** Uniqueid to channel name of every live channel of the call. */
    final Map<String, String> channels = new LinkedHashMap<>();
    String callerNumber = "unknown";
    String callerName;
    Instant startedAt;
    boolean startPublished;
    String queue;
    String queueChannel;
    Instant queuedAt;
    String offeredAgent;
    String agent;
    String agentInterface;
    String agentChannel;
    Instant answeredAt;
    int holdSeconds;
    Integer talkSeconds;
    boolean abandoned;
    boolean dequeued;
    /** why the caller left the queue unanswered, once known */
    QueueExit queueExit;
    String cause;
    IvrChoice ivrChoice;
    PendingTransfer transfer;
    /** The ConfBridge room the caller and the agent were moved to for a three-way call (the call id), if any. */
    volatile String conference;
    /** The file a MixMonitor on one of the call's channels writes ({@code MIXMONITOR_FILENAME}), and that channel. */
    String recordingFile;
    String recordingChannel;
    boolean recordingLinked;

    LiveCall(String callId, String server, Instant startedAt) {
        this.callId = callId;
        this.server = server;
        this.startedAt = startedAt;
    }

    /** @return the channel to redirect or record: the one in the queue, else the call's first channel */
    String callerChannel() {
        if (queueChannel != null) {
            return queueChannel;
        }
        String own = channels.get(callId);
        return own != null ? own : channels.values().stream().findFirst().orElse(null);
    }
}
