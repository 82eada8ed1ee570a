package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.api.channel.SignedClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The online queue on the agent desktop in real headless Chromium: a new contact appears by push, a web-form contact is
 * claimed and registered.
 */
class ContactQueuePageIT extends HotlineIntegrationSupport {

    @Test
    void anAgentClaimsAWebFormContactAndRegistersItWhileItsScriptStaysText() {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        String text = "路灯不亮 <script>window.pwned='" + marker + "'</script><img src=x onerror=\"window.pwned=1\"> "
            + marker;
        TestApi.Response submitted = new SignedClient(port).post("/api/channel/web",
            "{\"phone\":\"13711112222\",\"content\":\"" + text.replace("\"", "\\\"") + "\"}").send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String contactNo = submitted.json().path("contactNo").asText();

        try (Browser browser = new Browser(port)) {
            browser.logIn("agent1");
            browser.click(By.cssSelector("#nav a[data-nav='contacts']"));
            browser.waitFor(By.cssSelector("tr[data-contact='" + contactNo + "']"));
            // A contact that arrives while the queue is open appears by push (contacts-received), without a reload.
            browser.driver().executeScript("window.sameQueuePage = true");
            String arriving = new SignedClient(port).post("/api/channel/web",
                "{\"phone\":\"13711114444\",\"content\":\"井盖松动 " + marker + "\"}").send().json()
                .path("contactNo").asText();
            browser.waitFor(By.cssSelector("tr[data-contact='" + arriving + "']"));
            assertThat(browser.driver().executeScript("return window.sameQueuePage === true")).isEqualTo(true);
            browser.click(By.cssSelector("tr[data-contact='" + contactNo + "']"));
            WebElement shown = browser.waitFor(By.id("contact-text"));
            assertThat(shown.getText()).isEqualTo(text);
            assertThat(browser.driver().executeScript("return window.pwned === undefined")).isEqualTo(true);

            browser.click(By.cssSelector("#contact-actions button[data-action='claim']"));
            WebElement form = browser.waitFor(By.id("contact-ticket-form"));
            new Select(form.findElement(By.name("type"))).selectByValue("complaint");
            new Select(form.findElement(By.name("categoryCode"))).selectByValue("C0401");
            browser.click(form.findElement(By.cssSelector("button[type=submit]")));

            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-ticket"), "JH"));
            assertThat(browser.driver().findElement(By.id("contact-status")).getText()).isEqualTo("已转工单");
            assertThat(browser.driver().executeScript("return window.pwned === undefined")).isEqualTo(true);

            // The ticket shows what the citizen was told: the number, by SMS to the form's phone (masked), sent.
            String ticketNo = api().get("agent1", "/api/contacts/" + contactNo).json().path("ticketNo").asText();
            await().atMost(Duration.ofSeconds(20)).until(() -> api().get("agent1", "/api/tickets/" + ticketNo + "/links")
                .json().path("notices").findValuesAsText("status").contains("sent"));
            browser.open("/#/ticket/" + ticketNo);
            WebElement notice = browser.waitFor(By.cssSelector(
                "#ticket-notices li[data-notice='ticket_registered'][data-status='sent']"));
            assertThat(notice.getText()).contains("受理通知", "短信", "137****2222", "已发送").doesNotContain("13711112222");
            browser.click(By.cssSelector("#nav a[data-nav='contacts']"));

            // In English the queue's words (status, channel, headings) and a contact's status are English too.
            String waiting = new SignedClient(port).post("/api/channel/web",
                "{\"phone\":\"13711113333\",\"content\":\"小区路灯不亮 " + marker + "\"}").send().json()
                .path("contactNo").asText();
            new Select(browser.driver().findElement(By.id("lang"))).selectByValue("en");
            browser.await().until(ExpectedConditions.textToBe(By.cssSelector("#nav a[data-nav=contacts]"), "Online contacts"));
            browser.waitFor(By.cssSelector("body[data-ready=true]"));
            WebElement row = browser.waitFor(By.cssSelector("tr[data-contact='" + waiting + "']"));
            assertThat(row.getText()).contains("Queued").contains("Web").doesNotContain("待处理");
            assertThat(browser.driver().findElement(By.cssSelector("#contact-queue thead")).getText())
                .contains("Channel").contains("Status");
            browser.click(By.cssSelector("tr[data-contact='" + waiting + "']"));
            assertThat(browser.waitFor(By.id("contact-status")).getText()).isEqualTo("Queued");
            assertThat(browser.driver().findElement(By.cssSelector("#contact-actions button[data-action=claim]")).getText())
                .isEqualTo("Claim");
            browser.screenshot("contact-queue-english");
            assertThat(browser.javaScriptErrors()).isEmpty();
            new Select(browser.driver().findElement(By.id("lang"))).selectByValue("zh-CN");
            browser.await().until(ExpectedConditions.textToBe(By.cssSelector("#nav a[data-nav=contacts]"), "在线来件"));
        }
        TestApi.Response contact = api().get("agent1", "/api/contacts/" + contactNo);
        assertThat(contact.json().path("status").asText()).isEqualTo("ticket_registered");
        assertThat(api().get("agent1", "/api/tickets/" + contact.json().path("ticketNo").asText()).json()
            .path("content").asText()).isEqualTo(text);
    }
}
