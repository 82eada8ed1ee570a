package org.hotline.telephony.ami;

import java.util.function.BiConsumer;

import org.asteriskjava.manager.event.ManagerEvent;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.config.TelephonyProperties;
import org.springframework.context.ApplicationEventPublisher;

/** Builds the production translator outside Spring, for benchmarks. */
public final class AmiTranslatorFactory {

    private AmiTranslatorFactory() {
    }

    /** @return a sink taking (server name, event) exactly as a live AMI link feeds the translator */
    public static BiConsumer<String, ManagerEvent> create(ApplicationEventPublisher publisher, AgentStates states,
                                                          TelephonyProperties properties) {
        AmiEventTranslator translator = new AmiEventTranslator(publisher, states, properties);
        return translator::onEvent;
    }
}
