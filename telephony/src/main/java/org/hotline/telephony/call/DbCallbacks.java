package org.hotline.telephony.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hotline.telephony.CallAbandoned;
import org.hotline.telephony.CallLeftQueue;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallPurpose;
import org.hotline.telephony.CallbackNotDialledException;
import org.hotline.telephony.CallbackNotOpenException;
import org.hotline.telephony.CallbackOutcome;
import org.hotline.telephony.CallbackStatus;
import org.hotline.telephony.CallbackTask;
import org.hotline.telephony.Callbacks;
import org.hotline.telephony.TelephonyException;
import org.hotline.telephony.TelephonyService;
import org.hotline.telephony.UnknownCallbackException;
import org.hotline.telephony.config.TelephonyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DbCallbacks implements Callbacks {

    private static final Logger log = LoggerFactory.getLogger(DbCallbacks.class);
    private static final int OPEN_LIMIT = 500;
    private static final int RECENT_LIMIT = 200;
    private static final int MAX_NOTE = 500;

    private final CallbackMapper mapper;
    private final TelephonyService telephony;
    private final TelephonyProperties properties;

    DbCallbacks(CallbackMapper mapper, TelephonyService telephony, TelephonyProperties properties) {
        this.mapper = mapper;
        this.telephony = telephony;
        this.properties = properties;
    }

    @EventListener
    void on(CallAbandoned event) {
        if (!isDiallable(event.callerNumber())) {
            return;
        }
        if (properties.getCallbacks().isSkipShortAbandons()
                && event.holdSeconds() < properties.getShortAbandon().toSeconds()) {
            return;
        }
        open(event.callerNumber(), event.callId(), event.queue(), event.at(), "abandoned");
    }

    /** A caller the queue dropped (timeout, full, no agent) is called back like one who gave up. */
    @EventListener
    void on(CallLeftQueue event) {
        if (isDiallable(event.callerNumber())) {
            open(event.callerNumber(), event.callId(), event.queue(), event.at(), event.exit().name());
        }
    }

    private void open(String callerNumber, String callId, String queue, Instant at, String why) {
        Instant since = at.minus(properties.getCallbacks().getWindow());
        CallbackRow open = mapper.findOpenForNumber(callerNumber, since);
        if (open != null) {
            if (!callId.equals(open.callId)) {
                mapper.addAbandon(open.id, callId, at);
            }
            return;
        }
        mapper.insert(callerNumber, callId, queue, at);
        log.info("callback task opened for unanswered call {} ({})", callId, why);
    }

    @EventListener
    void on(CallAnswered event) {
        if (isDiallable(event.callerNumber())) {
            int cancelled = mapper.cancelOpenForNumber(event.callerNumber(), event.at());
            if (cancelled > 0) {
                log.info("{} callback task(s) cancelled: call {} got through", cancelled, event.callId());
            }
        }
    }

    @Override
    public List<CallbackTask> open() {
        return mapper.findOpen(OPEN_LIMIT).stream().map(CallbackRow::toTask).toList();
    }

    @Override
    public List<CallbackTask> recent() {
        return mapper.findRecent(RECENT_LIMIT).stream().map(CallbackRow::toTask).toList();
    }

    @Override
    public CallbackTask take(long id, String agent) {
        if (agent == null || agent.isBlank() || agent.length() > 64) {
            throw new IllegalArgumentException("agent must be 1..64 characters");
        }
        CallbackRow row = mapper.findById(id);
        if (row == null) {
            throw new UnknownCallbackException(id);
        }
        if (mapper.take(id, agent, Instant.now()) == 0) {
            throw new CallbackNotOpenException(id, CallbackStatus.valueOf(mapper.findById(id).status));
        }
        try {
            telephony.originate(agent, row.callerNumber, CallPurpose.CALLBACK);
        } catch (TelephonyException | IllegalArgumentException e) {
            mapper.reopen(id, Instant.now());
            throw e;
        }
        log.info("callback task {} taken by {}", id, agent);
        return mapper.findById(id).toTask();
    }

    @Override
    public Optional<CallbackTask> find(long id) {
        return Optional.ofNullable(mapper.findById(id)).map(CallbackRow::toTask);
    }

    @Override
    @Transactional
    public CallbackTask recordOutcome(long id, CallbackOutcome outcome, String note, String recordedBy) {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        if (recordedBy == null || recordedBy.isBlank() || recordedBy.length() > 64) {
            throw new IllegalArgumentException("recordedBy must be 1..64 characters");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_NOTE) {
            throw new IllegalArgumentException("note must be at most " + MAX_NOTE + " characters");
        }
        CallbackRow row = mapper.findById(id);
        if (row == null) {
            throw new UnknownCallbackException(id);
        }
        if (!CallbackStatus.TAKEN.name().equals(row.status)) {
            throw new CallbackNotDialledException(id, CallbackStatus.valueOf(row.status));
        }
        boolean done = outcome.finishes() || row.attempts + 1 >= Math.max(1, properties.getCallbacks().getMaxAttempts());
        String statusAfter = (done ? CallbackStatus.DONE : CallbackStatus.OPEN).name();
        Instant now = Instant.now();
        // Conditional on the dialling agent still holding it: of two concurrent outcomes only one is recorded.
        if (mapper.recordOutcome(id, row.agent, outcome.name(), text, statusAfter, now) == 0) {
            throw new CallbackNotDialledException(id, CallbackStatus.valueOf(mapper.findById(id).status));
        }
        mapper.insertAttempt(id, row.callerNumber, row.agent, recordedBy, outcome.name(), text, statusAfter, now);
        log.info("callback task {}: {} recorded by {}, now {}", id, outcome.json(), recordedBy, statusAfter);
        return mapper.findById(id).toTask();
    }

    private static boolean isDiallable(String number) {
        return number != null && number.matches("\\+?[0-9]{3,20}");
    }
}
