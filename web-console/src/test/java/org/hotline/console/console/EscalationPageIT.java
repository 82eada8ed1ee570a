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

/** The 督办 chain on the ticket page in real headless Chromium: the department sees the card and answers. */
class EscalationPageIT extends HotlineIntegrationSupport {

    @Test
    void theDepartmentSeesTheCardedLevelAndAnswersFromTheTicketPage() {
        TestApi api = api();
        String no = api.post("agent1", "/api/tickets", Map.of("channel", "web", "type", "complaint",
            "categoryCode", "C0401", "content", "公积金提取申请三周没有到账")).json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("supervisor1", "/api/tickets/" + no + "/escalate", Map.of("level", 2)).status())
            .isEqualTo(200);

        try (Browser browser = new Browser(port)) {
            browser.logIn("dept-gjj");
            browser.open("/#/queue/handling");
            browser.showQueueRow(no);
            browser.click(By.cssSelector("tr[data-ticket='" + no + "']"));
            WebElement chain = browser.waitFor(By.cssSelector("#escalations .escalation-chain[data-status='open']"));
            assertThat(chain.findElement(By.cssSelector("[data-card='yellow']")).getText()).isEqualTo("黄牌");
            WebElement form = browser.waitFor(By.id("escalation-feedback-form"));
            form.findElement(By.name("text")).sendKeys("已约谈经办人，明日到账");
            browser.click(form.findElement(By.cssSelector("button[type=submit]")));
            browser.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#escalations .escalation-chain[data-status='answered']")));
            // The page redraws when the answer is pushed back: read the section as it stands.
            browser.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("escalations")).getText().contains("已约谈经办人，明日到账"));

            // The chain's words follow the language switch.
            new Select(browser.driver().findElement(By.id("lang"))).selectByValue("en");
            browser.await().until(ExpectedConditions.textToBe(By.cssSelector("#nav a[data-nav=queue]"), "Queues"));
            browser.open("/#/ticket/" + no);
            WebElement english = browser.waitFor(By.cssSelector("#escalations .escalation-chain[data-status='answered']"));
            assertThat(english.getText()).contains("Answered").doesNotContain("已反馈");
            assertThat(english.findElement(By.cssSelector("[data-card='yellow']")).getText()).isEqualTo("Yellow card");
            browser.screenshot("ticket-escalation-english");
            assertThat(browser.javaScriptErrors()).isEmpty();
            new Select(browser.driver().findElement(By.id("lang"))).selectByValue("zh-CN");
            browser.await().until(ExpectedConditions.textToBe(By.cssSelector("#nav a[data-nav=queue]"), "工作队列"));
        }
        assertThat(api.get("supervisor1", "/api/tickets/" + no).json().get("escalations").get(0).get("status")
            .asText()).isEqualTo("answered");
    }
}
