package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The users page marks a department user as the department's leader and shows it; agents get no such button. */
class DepartmentLeaderPageIT extends HotlineIntegrationSupport {

    @Test
    void anAdministratorMarksADepartmentUserAsLeaderFromTheUserTable() {
        TestApi api = api();
        String username = "lead" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        assertThat(api.post("admin", "/api/admin/users", Map.of("username", username, "password", "Jianghai-12345-ok",
            "role", "DEPARTMENT", "departmentCode", "GJJ")).status()).isEqualTo(201);
        try (Browser admin = new Browser(port)) {
            admin.logIn("admin");
            // Department users sit below the fold of a long user table; a tall window shows the whole table.
            admin.driver().manage().window().setSize(new Dimension(1366, 6000));
            admin.open("/#/admin/users");
            By row = By.cssSelector("#user-table tr[data-user='" + username + "']");
            admin.click(By.cssSelector("#user-table tr[data-user='" + username + "'] button.toggle-leader"));
            admin.await().until(ExpectedConditions.textToBePresentInElementLocated(row, "单位领导"));
            admin.await().until(ExpectedConditions.textToBePresentInElementLocated(row, "取消单位领导"));
            assertThat(admin.all(By.cssSelector("#user-table tr[data-user='agent1'] button.toggle-leader")))
                .as("only department users may lead").isEmpty();
            assertThat(admin.javaScriptErrors()).isEmpty();
        }
        boolean leader = false;
        for (JsonNode user : api.get("admin", "/api/admin/users").json()) {
            if (user.get("username").asText().equals(username)) {
                leader = user.get("departmentLeader").asBoolean();
            }
        }
        assertThat(leader).isTrue();
    }
}
