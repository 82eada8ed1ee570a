package org.hotline.telephony.ami;

import org.hotline.telephony.AgentStates;
import org.hotline.telephony.config.TelephonyProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The AMI beans: translator, links (lifecycle and health) and the telephony actions. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AmiProperties.class)
class AmiConfiguration {

    @Bean
    AmiEventTranslator amiEventTranslator(ApplicationEventPublisher publisher, AgentStates agentStates,
                                          TelephonyProperties properties) {
        return new AmiEventTranslator(publisher, agentStates, properties);
    }

    @Bean
    AmiLinks amiLinks(AmiProperties properties, AmiEventTranslator translator, TelephonyProperties telephony) {
        return new AmiLinks(properties, translator, telephony.getQueue());
    }

    @Bean
    AmiTelephonyService telephonyService(AmiLinks links, AmiEventTranslator translator, AgentStates agentStates,
                                         TelephonyProperties properties, ApplicationEventPublisher publisher) {
        return new AmiTelephonyService(links, translator, agentStates, properties, publisher);
    }
}
