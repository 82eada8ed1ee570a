package org.hotline.console.json;

import com.fasterxml.jackson.databind.Module;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The application's JSON vocabulary: {@link ApiEnumWords} for every ObjectMapper Spring Boot builds (REST and push)
 * and for request parameters. The modules' enums carry no Jackson annotations of their own.
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration implements WebMvcConfigurer {

    /** Picked up by Spring Boot's Jackson auto-configuration. */
    @Bean
    Module apiEnumWords() {
        return ApiEnumWords.module();
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        ApiEnumWords.addConverters(registry);
    }
}
