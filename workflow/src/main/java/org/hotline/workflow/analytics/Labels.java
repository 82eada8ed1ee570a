package org.hotline.workflow.analytics;

import java.util.Map;
import org.hotline.workflow.Category;
import org.hotline.workflow.Department;
import org.hotline.workflow.District;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.OrgDirectory;
import org.springframework.stereotype.Component;

/** Display names (Chinese) of the groups' keys. */
@Component
class Labels {
    static final String ALL = "all";
    private static final Map<String, String> CHANNELS = Map.of("phone", "电话", "wechat", "微信", "web", "网站",
            "app", "移动客户端", "email", "电子邮件", "sms", "短信");

    private final OrgDirectory org;

    Labels(OrgDirectory org) {
        this.org = org;
    }

    String label(KpiGroupBy groupBy, String key) {
        return switch (groupBy) {
            case NONE -> "全部";
            case DEPARTMENT -> key.isEmpty() ? "未派单" : org.department(key).map(Department::name).orElse(key);
            case CATEGORY, CATEGORY_GROUP -> key.isEmpty() ? "未分类" : org.category(key).map(Category::name).orElse(key);
            case DISTRICT -> key.isEmpty() ? "未填区域" : org.district(key).map(District::name).orElse(key);
            case CHANNEL -> CHANNELS.getOrDefault(key, key);
            case AGENT -> key;
        };
    }
}
