package org.hotline.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Catalogue administration: add, rename, retire, each audited; admins only; bad input refused whole. */
class CatalogueAdminApiIT extends HotlineIntegrationSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorAddsRenamesAndRetiresADepartmentAndEachChangeIsAudited() {
        TestApi api = api();
        String code = "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

        Response added = api.post("admin", "/api/admin/catalogue/departments", Map.of("code", code,
            "name", "市测试管理局", "kind", "city_dept", "districtCode", "JH"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("kind").asText()).isEqualTo("city_dept");
        assertThat(api.get("agent1", "/api/departments").body()).contains(code).contains("市测试管理局");

        Response renamed = api.put("admin", "/api/admin/catalogue/departments/" + code + "/name",
            Map.of("name", "市测试服务中心"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(api.get("agent1", "/api/departments").body()).contains("市测试服务中心").doesNotContain("市测试管理局");

        assertThat(api.post("admin", "/api/admin/catalogue/departments/" + code + "/retire", Map.of()).status())
            .isEqualTo(204);
        assertThat(api.get("agent1", "/api/departments").body()).doesNotContain(code);
        assertThat(api.get("admin", "/api/admin/catalogue/retired").json().get("departments").toString()).contains(code);
        assertThat(api.post("admin", "/api/admin/catalogue/departments/" + code + "/retire", Map.of()).status())
            .as("retiring twice changes nothing").isEqualTo(204);

        assertThat(jdbc.queryForList("SELECT action FROM workflow_org_audit WHERE kind = 'department' AND code = ? "
            + "AND actor = 'admin' ORDER BY id", String.class, code)).containsExactly("add", "rename", "retire");
    }

    @Test
    void categoriesAndDistrictsAreAddedUnderTheirParents() {
        TestApi api = api();
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        Response category = api.post("admin", "/api/admin/catalogue/categories", Map.of("code", "C99" + suffix,
            "name", "测试分类", "parentCode", "C07", "defaultDepartmentCode", "CGJ", "handlingDays", 5));
        assertThat(category.status()).as(category.toString()).isEqualTo(201);
        assertThat(api.get("agent1", "/api/categories").body()).contains("C99" + suffix);

        Response district = api.post("admin", "/api/admin/catalogue/districts", Map.of("code", "JC9" + suffix,
            "name", "测试街道", "parentCode", "JC", "level", "street"));
        assertThat(district.status()).as(district.toString()).isEqualTo(201);
        assertThat(api.put("admin", "/api/admin/catalogue/districts/JC9" + suffix + "/name", Map.of("name", "新测试街道"))
            .status()).isEqualTo(200);
        assertThat(api.get("agent1", "/api/districts").body()).contains("新测试街道");
    }

    @Test
    void badOrForeignRequestsChangeNothing() {
        TestApi api = api();
        Map<String, Object> department = Map.of("code", "GJJ", "name", "重复", "kind", "city_dept", "districtCode", "JH");
        assertThat(api.post("admin", "/api/admin/catalogue/departments", department).status())
            .as("a taken code").isEqualTo(400);
        assertThat(api.post("admin", "/api/admin/catalogue/departments", Map.of("code", "bad code", "name", "x",
            "kind", "city_dept", "districtCode", "JH")).status()).isEqualTo(400);
        Response unknownDistrict = api.post("admin", "/api/admin/catalogue/departments", Map.of("code", "TNEW1",
            "name", "x", "kind", "city_dept", "districtCode", "NOPE"));
        assertThat(unknownDistrict.status()).isEqualTo(400);
        assertThat(unknownDistrict.json().get("code").asText()).isEqualTo("unknown-reference");
        assertThat(api.put("admin", "/api/admin/catalogue/departments/NOPE/name", Map.of("name", "x")).status())
            .isEqualTo(400);
        assertThat(api.put("admin", "/api/admin/catalogue/departments/GJJ/name", Map.of("name", " ")).status())
            .isEqualTo(400);
        assertThat(api.post("admin", "/api/admin/catalogue/planets/GJJ/retire", Map.of()).status()).isEqualTo(400);
        assertThat(api.post("dispatcher1", "/api/admin/catalogue/departments/GJJ/retire", Map.of()).status())
            .isEqualTo(403);
        assertThat(api.put("agent1", "/api/admin/catalogue/departments/GJJ/name", Map.of("name", "x")).status())
            .isEqualTo(403);
        assertThat(api.get("agent1", "/api/departments").body()).contains("市住房公积金管理中心");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_org_audit WHERE code IN ('GJJ', 'TNEW1', 'NOPE')",
            Integer.class)).isZero();
    }
}
