package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The console pages in real headless Chromium against the running application. */
class ConsolePageIT extends HotlineIntegrationSupport {

    @Test
    void aVisitorWithoutASessionLandsOnTheLoginPage() {
        try (Browser browser = new Browser(port)) {
            browser.open("/");
            browser.waitFor(By.id("login-submit"));
            assertThat(browser.currentUrl()).endsWith("/login.html");
        }
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login.html");
            browser.driver().findElement(By.name("username")).sendKeys("agent1");
            browser.driver().findElement(By.name("password")).sendKeys("wrong");
            browser.driver().findElement(By.id("login-submit")).click();
            assertThat(browser.waitFor(By.id("login-error")).isDisplayed()).isTrue();
        }
    }

    @Test
    void anAgentRegistersATicketFromTheFormAndSeesItRouted() {
        try (Browser browser = new Browser(port)) {
            browser.logIn("agent1");
            WebElement form = browser.waitFor(By.id("register-form"));
            new Select(form.findElement(By.name("type"))).selectByValue("complaint");
            new Select(form.findElement(By.name("categoryCode"))).selectByValue("C0401");
            form.findElement(By.name("citizenPhone")).sendKeys("13700001234");
            form.findElement(By.name("content")).sendKeys("公积金提取申请三周没有到账，请帮忙催办");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "JH"));
            String detail = browser.driver().findElement(By.id("detail")).getText();
            assertThat(detail).contains("市住房公积金管理中心").contains("待派单");
        }
    }

    @Test
    void aDepartmentUserSignsADispatchedTicketFromItsQueue() {
        TestApi api = api();
        TestApi.Response created = api.post("agent1", "/api/tickets", Map.of("channel", "web", "type", "help",
            "categoryCode", "C0401", "content", "想咨询公积金提取进度，已经提交两周"));
        String no = created.json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);

        try (Browser browser = new Browser(port)) {
            browser.logIn("dept-gjj");
            browser.showQueueRow(no);
            browser.click(By.cssSelector("tr[data-ticket='" + no + "']"));
            browser.click(By.cssSelector("#ticket-actions button[data-action='sign']"));
            browser.click(By.cssSelector("#action-form button[type=submit]"));
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "办理中"));
        }
        assertThat(api.get("dept-gjj", "/api/tickets/" + no).json().get("status").asText()).isEqualTo("IN_PROGRESS");
    }
}
