package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.security.TestTotp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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

    @Test
    void aSupervisorEnrolsTheSecondFactorFromTheHeaderInTheLanguageChosenOnTheLoginPage() {
        String username = "tfe-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().post("admin", "/api/admin/users", Map.of("username", username, "password", TEMPORARY,
            "role", "SUPERVISOR")).status()).isEqualTo(201);

        try (Browser browser = new Browser(port)) {
            browser.open("/login.html");
            browser.await().until(ExpectedConditions.textToBe(By.id("login-submit"), "登录"));
            new Select(browser.waitFor(By.id("lang"))).selectByValue("en");
            browser.await().until(ExpectedConditions.textToBe(By.id("login-submit"), "Log in"));
            assertThat(browser.driver().findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("User name");
            browser.screenshot("login-english");
            browser.driver().findElement(By.name("username")).sendKeys(username);
            browser.driver().findElement(By.name("password")).sendKeys(TEMPORARY);
            browser.click(By.id("login-submit"));

            // A password set by the administrator is replaced first, on a page in the chosen language.
            browser.await().until(ExpectedConditions.urlContains("/password.html"));
            browser.await().until(ExpectedConditions.textToBe(By.id("password-submit"), "Save"));
            assertThat(browser.driver().findElement(By.cssSelector("label[for=new-password]")).getText())
                .isEqualTo("New password");
            browser.screenshot("password-change-english");
            browser.driver().findElement(By.name("currentPassword")).sendKeys(TEMPORARY);
            browser.driver().findElement(By.name("newPassword")).sendKeys(PASSWORD);
            browser.click(By.id("password-submit"));
            browser.waitFor(By.cssSelector("body[data-ready=true]"));

            WebElement link = browser.waitFor(By.id("totp-link"));
            assertThat(link.getText()).isEqualTo("Second factor");
            assertThat(link.getAttribute("data-enrolled")).isEqualTo("false");
            browser.click(link);
            browser.await().until(d -> !d.findElement(By.id("totp-secret")).getText().isBlank());
            assertThat(browser.driver().findElement(By.id("totp-confirm")).getText()).isEqualTo("Confirm");
            browser.screenshot("totp-enrolment");
            String secret = browser.driver().findElement(By.id("totp-secret")).getText();
            String right = TestTotp.code(secret, 0);
            String wrong = String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);

            browser.driver().findElement(By.id("totp-code")).sendKeys(wrong);
            browser.click(By.id("totp-confirm"));
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("totp-enrol-error"), "Wrong code"));
            browser.driver().findElement(By.id("totp-code")).clear();
            browser.driver().findElement(By.id("totp-code")).sendKeys(right);
            browser.click(By.id("totp-confirm"));
            WebElement codes = browser.waitFor(By.id("totp-recovery-codes"));
            assertThat(codes.getText().lines().count()).isEqualTo(10);
            assertThat(browser.javaScriptErrors("422")).isEmpty();

            browser.click(By.cssSelector("#totp-recovery a"));
            browser.waitFor(By.cssSelector("body[data-ready=true]"));
            assertThat(browser.waitFor(By.id("totp-link")).getText()).isEqualTo("Second factor (on)");
            assertThat(browser.javaScriptErrors()).isEmpty();
        }
        // The second factor is on: HTTP Basic, which cannot carry a code, is refused now.
        assertThat(new TestApi(port, PASSWORD).get(username, "/api/me").status()).isEqualTo(401);

        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            assertThat(agent.driver().findElement(By.id("totp-link")).isDisplayed()).isFalse();
        }
    }
}
