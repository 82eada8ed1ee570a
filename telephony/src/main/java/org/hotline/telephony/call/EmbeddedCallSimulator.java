package org.hotline.telephony.call;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallOffered;
import org.hotline.telephony.CallQueued;
import org.hotline.telephony.CallSimulator;
import org.hotline.telephony.CallStarted;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.IvrChoice;
import org.hotline.telephony.config.TelephonyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Embedded mode only: plays a queue call through the real events so a newcomer sees a screen-pop. */
@Component
@ConditionalOnProperty(name = "hotline.mode", havingValue = "embedded")
class EmbeddedCallSimulator implements CallSimulator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCallSimulator.class);
    private static final String SIMULATED_INTERFACE = "SIM/";

    private final ApplicationEventPublisher publisher;
    private final AgentStates agentStates;
    private final TelephonyProperties properties;
    private final AtomicLong sequence = new AtomicLong();
    private final ScheduledExecutorService hangups = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "simulated-hangups");
        thread.setDaemon(true);
        return thread;
    });

    EmbeddedCallSimulator(ApplicationEventPublisher publisher, AgentStates agentStates,
                          TelephonyProperties properties) {
        this.publisher = publisher;
        this.agentStates = agentStates;
        this.properties = properties;
    }

    @Override
    public String simulateCall(String callerNumber, String agent, IvrChoice ivrChoice) {
        if (callerNumber == null || !callerNumber.matches("\\+?[0-9]{3,20}")) {
            throw new IllegalArgumentException("caller number must be 3..20 digits");
        }
        if (agent == null || agent.isBlank() || agent.length() > 64) {
            throw new IllegalArgumentException("agent must be 1..64 characters");
        }
        Instant now = Instant.now();
        String callId = "sim-" + now.getEpochSecond() + "." + sequence.incrementAndGet();
        String phone = properties.interfaceOf(agent).orElse(SIMULATED_INTERFACE + agent);
        String queue = properties.getQueue();
        publisher.publishEvent(new CallStarted(callId, callerNumber, null, now));
        publisher.publishEvent(new CallQueued(callId, callerNumber, null, queue, 1, now));
        publisher.publishEvent(new CallOffered(callId, callerNumber, queue, agent, phone, now));
        agentStates.setState(agent, AgentState.RINGING);
        publisher.publishEvent(new CallAnswered(callId, callId, callerNumber, null, queue, agent, phone, 0,
                ivrChoice, now));
        agentStates.setState(agent, AgentState.TALKING);
        long talk = properties.getSimulator().getTalk().toMillis();
        hangups.schedule(() -> end(callId, agent, now), talk, TimeUnit.MILLISECONDS);
        log.info("simulated call {} answered by {}", callId, agent);
        return callId;
    }

    private void end(String callId, String agent, Instant answeredAt) {
        try {
            Instant now = Instant.now();
            int talk = (int) java.time.Duration.between(answeredAt, now).toSeconds();
            publisher.publishEvent(new CallEnded(callId, talk, "Normal Clearing", Disposition.ANSWERED, now, agent));
            agentStates.setState(agent, AgentState.WRAP_UP);
        } catch (RuntimeException e) {
            log.warn("ending simulated call {} failed: {}", callId, e.toString());
        }
    }

    @Override
    public void destroy() {
        hangups.shutdownNow();
    }
}
