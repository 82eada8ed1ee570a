package org.hotline.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.workflow.Code;
import org.junit.jupiter.api.Test;

/**
 * One rule for codes over HTTP: every endpoint that takes a catalogue code accepts what {@link Code} accepts
 * (up to 32 characters) and refuses a 33-character code with the same problem code.
 */
class CodeLimitsApiIT extends HotlineIntegrationSupport {

    @Test
    void codesOfSeventeenToThirtyTwoCharactersAreAcceptedEverywhereAndThirtyThreeRefusedAlike() {
        TestApi api = api();
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String category = ("C" + suffix + "_LONG_CATEGORY_CODE_XXXXXXXXXXX").substring(0, Code.MAX_LENGTH);
        String district = ("D" + suffix + "-LONG-DISTRICT").substring(0, 21);
        String tooLong = "X".repeat(Code.MAX_LENGTH + 1);
        assertThat(new Code(category).value()).hasSize(32);

        Response addedCategory = api.post("admin", "/api/admin/catalogue/categories", Map.of("code", category,
            "name", "长代码分类", "parentCode", "C07", "defaultDepartmentCode", "CGJ", "handlingDays", 5));
        assertThat(addedCategory.status()).as(addedCategory.toString()).isEqualTo(201);
        Response addedDistrict = api.post("admin", "/api/admin/catalogue/districts", Map.of("code", district,
            "name", "长代码街道", "parentCode", "JC", "level", "street"));
        assertThat(addedDistrict.status()).as(addedDistrict.toString()).isEqualTo(201);

        Response rule = api.put("admin", "/api/admin/routing-rules", Map.of("categoryCode", category,
            "districtCode", district, "departmentCode", "CGJ"));
        assertThat(rule.status()).as("a routing rule with a 32- and a 21-character code: " + rule).isEqualTo(200);
        assertThat(api.get("admin", "/api/admin/routing-rules").body()).contains(category).contains(district);
        Response deleted = api.delete("admin", "/api/admin/routing-rules?category=" + category + "&district="
            + district);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(api.get("admin", "/api/admin/routing-rules").body()).doesNotContain(category);

        Response transfer = api.post("agent1", "/api/calls/no-such-call/transfer", Map.of("department", category));
        assertThat(transfer.json().path("code").asText()).as("a 32-character department passes the shape: " + transfer)
            .isNotEqualTo("invalid-request");

        assertRefused(api.post("admin", "/api/admin/catalogue/categories", Map.of("code", tooLong, "name", "x",
            "parentCode", "C07", "handlingDays", 5)));
        assertRefused(api.post("admin", "/api/admin/catalogue/districts", Map.of("code", tooLong, "name", "x",
            "parentCode", "JC", "level", "street")));
        assertRefused(api.post("admin", "/api/admin/catalogue/departments", Map.of("code", tooLong, "name", "x",
            "kind", "city_dept", "districtCode", "JH")));
        assertRefused(api.put("admin", "/api/admin/routing-rules", Map.of("categoryCode", tooLong,
            "districtCode", district, "departmentCode", "CGJ")));
        assertRefused(api.put("admin", "/api/admin/routing-rules", Map.of("categoryCode", category,
            "districtCode", tooLong, "departmentCode", "CGJ")));
        assertRefused(api.delete("admin", "/api/admin/routing-rules?category=" + tooLong + "&district=" + district));
        assertRefused(api.post("agent1", "/api/calls/no-such-call/transfer", Map.of("department", tooLong)));
        assertRefused(api.post("admin", "/api/admin/catalogue/categories", Map.of("code", "C*" + suffix,
            "name", "x", "parentCode", "C07", "handlingDays", 5)));
    }

    private static void assertRefused(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("code").asText()).as(response.toString()).isEqualTo("invalid-request");
    }
}
