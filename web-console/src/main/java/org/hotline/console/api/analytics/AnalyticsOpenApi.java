package org.hotline.console.api.analytics;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the figures' definitions into the OpenAPI description of the analytics endpoints. */
@Configuration(proxyBeanMethods = false)
class AnalyticsOpenApi {
    /** What the endpoints that are not a table of the figures answer, put before the definitions. */
    private static final Map<String, String> TRENDS = Map.of(
        "/api/analytics/hot-topics", "Categories and content terms rising against the previous period of the same "
            + "length, highest significance first: score z = (count − previous) / √(count + previous), "
            + "`significant` when z ≥ 1.96; `change` is absent when previous is 0.",
        "/api/analytics/hot-topics/tickets", "The tickets behind a hot category (`category=`) or term (`term=`), "
            + "newest first, in the page shape of `GET /api/tickets`.",
        "/api/analytics/surges", "Hours in which a category in a district drew at least `min-count` tickets and "
            + "more than (1 + margin) × the mean of the same hour of day over the previous weeks × 7 days.",
        "/api/analytics/reports/daily", "日报 as an Excel workbook (汇总, 部门（分级）, 分类, 热点, 突发, 超期, 督办).",
        "/api/analytics/reports/weekly", "周报 of an ISO week (`YYYY-Www`) as an Excel workbook.",
        "/api/analytics/reports/monthly", "月报 of a month (`YYYY-MM`) as an Excel workbook.");

    @Bean
    OpenApiCustomizer analyticsDefinitions() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/analytics/") && item.getGet() != null) {
                String own = TRENDS.get(path);
                item.getGet().setDescription(own == null ? KpiDefinitions.markdown()
                    : own + "\n\n" + KpiDefinitions.markdown());
            }
        });
    }
}
