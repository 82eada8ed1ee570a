package org.hotline.telephony.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStateChanged;
import org.hotline.telephony.CallAbandoned;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallQueued;
import org.hotline.telephony.CallStarted;
import org.hotline.telephony.CallTransferred;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.EmergencyTransferred;
import org.hotline.telephony.RecordingStarted;
import org.hotline.telephony.config.TelephonyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes call records from the call events. Every step is idempotent (insert-if-absent, updates guarded by the
 * column they set), so events repeated after an AMI reconnect never duplicate or rewrite a record.
 */
@Component
class CallLedger {

    private static final Logger log = LoggerFactory.getLogger(CallLedger.class);
    private static final Duration WRAP_UP_LOOKBACK = Duration.ofHours(2);

    private final CallRecordMapper mapper;
    private final TelephonyProperties properties;
    private final Map<String, Instant> wrapUpStarted = new ConcurrentHashMap<>();

    CallLedger(CallRecordMapper mapper, TelephonyProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    @EventListener
    void on(CallStarted event) {
        mapper.insertIfAbsent(event.callId(), event.callerNumber(), event.callerName(), event.at());
    }

    @EventListener
    void on(CallQueued event) {
        mapper.insertIfAbsent(event.callId(), event.callerNumber(), event.callerName(), event.at());
        mapper.markQueued(event.callId(), event.queue(), event.at());
    }

    @EventListener
    void on(CallAnswered event) {
        mapper.insertIfAbsent(event.callId(), event.callerNumber(), event.callerName(),
                event.at().minusSeconds(event.holdSeconds()));
        mapper.markQueued(event.callId(), event.queue(), event.at().minusSeconds(event.holdSeconds()));
        mapper.markAnswered(event.callId(), event.agent(), event.agentInterface(), event.at(), event.holdSeconds(),
                event.ivrChoice() == null ? null : event.ivrChoice().name());
    }

    @EventListener
    void on(CallAbandoned event) {
        mapper.insertIfAbsent(event.callId(), event.callerNumber(), null, event.at());
        mapper.markQueued(event.callId(), event.queue(), event.at().minusSeconds(event.holdSeconds()));
        Disposition disposition = event.holdSeconds() < properties.getShortAbandon().toSeconds()
                ? Disposition.SHORT_ABANDON : Disposition.ABANDONED;
        mapper.markAbandoned(event.callId(), event.holdSeconds(), event.position(), disposition.name());
    }

    @EventListener
    void on(CallEnded event) {
        mapper.insertIfAbsent(event.callId(), "unknown", null, event.at());
        int updated = mapper.markEnded(event.callId(), event.at(), event.talkSeconds(), truncate(event.cause(), 64),
                event.disposition().name());
        if (updated == 1) {
            log.info("call {} ended: {} talk={}s", event.callId(), event.disposition().json(), event.talkSeconds());
        }
    }

    @EventListener
    void on(RecordingStarted event) {
        mapper.setRecording(event.callId(), event.file());
    }

    @EventListener
    void on(CallTransferred event) {
        mapper.insertTransferAudit(event.callId(), event.mode().name(), event.department() + "/" + event.target(),
                event.actor(), event.at(), event.outcome().name());
        log.info("call {}: {} transfer to department {} {} (by {})", event.callId(), event.mode(),
                event.department(), event.outcome(), event.actor());
    }

    @EventListener
    void on(EmergencyTransferred event) {
        mapper.insertTransferAudit(event.callId(), "EMERGENCY", event.target(), event.actor(), event.at(),
                "ORDERED");
        log.info("call {} transferred to emergency {} by {}", event.callId(), event.service().number(),
                event.actor());
    }

    @EventListener
    void on(AgentStateChanged event) {
        if (event.state() == AgentState.WRAP_UP) {
            wrapUpStarted.put(event.agent(), event.at());
            return;
        }
        Instant started = wrapUpStarted.remove(event.agent());
        if (started == null) {
            return;
        }
        Long callRowId = mapper.findLatestEndedIdOfAgent(event.agent(), started.minus(WRAP_UP_LOOKBACK));
        if (callRowId != null) {
            long seconds = Math.max(0, Duration.between(started, event.at()).toSeconds());
            mapper.setWrapUp(callRowId, (int) Math.min(Integer.MAX_VALUE, seconds));
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
