package org.hotline.console.api.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one home of the figures' names and definitions as people read them (zh-CN): shown on hover in the pages
 * ({@code GET /api/analytics/definitions}), in the OpenAPI description of the endpoints and as the headers of the
 * CSV and Excel exports. The computation itself is defined in the workflow module ({@code KpiCounts},
 * {@code KpiRates}).
 */
final class KpiDefinitions {

    /** A figure's display name and definition. */
    record Definition(String name, String definition) {
    }

    static final Map<String, Definition> COUNTS = new LinkedHashMap<>();
    static final Map<String, Definition> RATES = new LinkedHashMap<>();

    static {
        count("registered", "受理量", "期内登记的工单数（按登记日，北京时间）");
        count("directAnswered", "一号答", "坐席在首次接触时直接答复并办结的工单数");
        count("dispatched", "派单量", "至少派给承办单位一次的工单数");
        count("returned", "退单量", "被承办单位退回至少一次的工单数");
        count("extended", "延期量", "至少获批一次延期的工单数");
        count("escalated", "督办量", "因超时或由班长督办至少一次的工单数");
        count("replied", "答复量", "主办单位已答复的工单数");
        count("closed", "办结量", "已办结的工单数（含一号答，不含被并入其他工单的重复件）");
        count("closedOnTime", "按时办结量", "一号答，或最后一次答复（无答复时为办结）不晚于当时有效的办理时限（含延期）的办结工单数");
        count("followedUp", "回访量", "至少回访一次的工单数");
        count("satisfied", "满意量", "最后一次回访评分≥3 的工单数");
        count("resolved", "解决量", "最后一次回访中诉求人表示问题已解决的工单数");
        count("reopened", "重办量", "因回访不满意而重办的工单数");
        count("merged", "并单量", "作为重复件并入其他工单的工单数");
        count("overdue", "当前超期", "当前未办结且已超过所处环节（签收或办理）时限的工单数");
        rate("signOnTime", "签收及时率", "在签收时限内由主办单位签收的工单 / 派单量");
        rate("closeOnTime", "按时办结率", "按时办结量 / 办结量");
        rate("return", "退单率", "退单量 / 派单量");
        rate("extension", "延期率", "延期量 / 派单量");
        rate("followUp", "回访率", "回访量 / 答复量");
        rate("satisfaction", "满意率", "满意量（评分≥3）/ 回访量");
        rate("resolution", "解决率", "解决量 / 回访量");
        rate("firstContactResolution", "一次办结率", "未退单、未重办、未延期的办结工单 / 办结量");
        rate("directAnswer", "直接答复率", "一号答 /（一号答 + 派单量）");
        rate("repeatRequest", "重复诉求率", "30 天内同一来电号码或同一（规范化）地址已有工单的工单 / 受理量");
    }

    private KpiDefinitions() {
    }

    private static void count(String key, String name, String definition) {
        COUNTS.put(key, new Definition(name, definition));
    }

    private static void rate(String key, String name, String definition) {
        RATES.put(key, new Definition(name, definition));
    }

    /** @return the definitions as one Markdown list, for the OpenAPI description */
    static String markdown() {
        StringBuilder out = new StringBuilder("Counts:\n\n");
        COUNTS.forEach((key, d) -> out.append("- `").append(key).append("` ").append(d.name()).append(": ")
            .append(d.definition()).append('\n'));
        out.append("\nRates (fractions 0–1; absent when the denominator is zero):\n\n");
        RATES.forEach((key, d) -> out.append("- `").append(key).append("` ").append(d.name()).append(": ")
            .append(d.definition()).append('\n'));
        return out.toString();
    }
}
