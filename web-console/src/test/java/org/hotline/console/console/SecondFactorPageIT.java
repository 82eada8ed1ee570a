package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.security.TestTotp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login page's second step in real headless Chromium: after the password, the code; a wrong one is refused. */
class SecondFactorPageIT extends HotlineIntegrationSupport {

    private static final String TEMPORARY = "temporary-pass-Q7x";
    private static final String PASSWORD = "river-lantern-73-copper";

    @Test
    void aSupervisorWithASecondFactorLogsInWithTheCodeOnTheSecondStep() {
        String username = "tfp-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().post("admin", "/api/admin/users", Map.of("username", username, "password", TEMPORARY,
            "role", "SUPERVISOR")).status()).isEqualTo(201);
        assertThat(new TestApi(port, TEMPORARY).post(username, "/api/me/password",
            Map.of("currentPassword", TEMPORARY, "newPassword", PASSWORD)).status()).isEqualTo(204);
        TestApi user = new TestApi(port, PASSWORD);
        String secret = user.post(username, "/api/me/totp", Map.of()).json().get("secret").asText();
        assertThat(user.post(username, "/api/me/totp/confirm", Map.of("code", TestTotp.code(secret, 0))).status())
            .isEqualTo(200);

        try (Browser browser = new Browser(port)) {
            browser.open("/login.html");
            browser.driver().findElement(By.name("username")).sendKeys(username);
            browser.driver().findElement(By.name("password")).sendKeys(PASSWORD);
            browser.click(By.id("login-submit"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("totp-form")));
            assertThat(browser.driver().findElement(By.id("login-form")).isDisplayed()).isFalse();

            browser.driver().findElement(By.id("code")).sendKeys("12345x");
            browser.click(By.id("totp-submit"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("totp-error")));

            browser.driver().findElement(By.id("code")).sendKeys(TestTotp.code(secret, 1));
            browser.click(By.id("totp-submit"));
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), username));
        }
    }
}
