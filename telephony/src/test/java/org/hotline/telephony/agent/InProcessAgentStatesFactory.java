package org.hotline.telephony.agent;

import org.hotline.telephony.AgentStates;
import org.hotline.telephony.config.TelephonyProperties;
import org.springframework.context.ApplicationEventPublisher;

/** Builds the embedded-default agent states outside Spring, for benchmarks. */
public final class InProcessAgentStatesFactory {

    private InProcessAgentStatesFactory() {
    }

    public static AgentStates create(ApplicationEventPublisher publisher, TelephonyProperties properties) {
        return new DefaultAgentStates(new InProcessAgentStateStore(), publisher, properties);
    }
}
