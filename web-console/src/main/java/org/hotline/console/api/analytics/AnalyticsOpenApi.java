package org.hotline.console.api.analytics;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the figures' definitions into the OpenAPI description of the analytics endpoints. */
@Configuration(proxyBeanMethods = false)
class AnalyticsOpenApi {

    @Bean
    OpenApiCustomizer analyticsDefinitions() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/analytics/") && item.getGet() != null) {
                item.getGet().setDescription(KpiDefinitions.markdown());
            }
        });
    }
}
