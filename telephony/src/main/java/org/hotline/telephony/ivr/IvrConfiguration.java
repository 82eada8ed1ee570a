package org.hotline.telephony.ivr;

import java.util.Map;

import org.hotline.telephony.SurveyResultSink;
import org.hotline.telephony.Surveys;
import org.hotline.telephony.TicketStatusLookup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The IVR scripts and, when {@code hotline.fastagi.enabled=true}, the FastAGI server. The scripts need the
 * application's {@link TicketStatusLookup} and {@link SurveyResultSink} beans: there is deliberately no default.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IvrProperties.class, FastAgiProperties.class})
class IvrConfiguration {

    @Bean
    IvrScript ivrScript(TicketStatusLookup lookup, IvrProperties properties) {
        return new IvrScript(lookup, properties);
    }

    @Bean
    SurveyScript surveyScript(Surveys surveys, SurveyResultSink sink, IvrProperties properties) {
        return new SurveyScript(surveys, sink, properties);
    }

    @Bean
    @ConditionalOnProperty(name = "hotline.fastagi.enabled", havingValue = "true")
    FastAgiServer fastAgiServer(FastAgiProperties properties, IvrScript ivr, SurveyScript survey) {
        return new FastAgiServer(properties, Map.of("ivr", ivr, "survey", survey));
    }
}
