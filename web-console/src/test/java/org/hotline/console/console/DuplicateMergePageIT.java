package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The duplicate warning in real headless Chromium: a caller who already has an open ticket is recognised while the
 * agent types, one click registers the repeat request as a duplicate of it, and the dispatcher merges it with one
 * click from the to-dispatch queue.
 */
class DuplicateMergePageIT extends HotlineIntegrationSupport {

    @Test
    void aRepeatCallerIsWarnedRegisteredAsADuplicateAndMergedWithOneClick() {
        TestApi api = api();
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        TestApi.Response first = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0704", "districtCode", "LG", "citizenPhone", phone,
            "content", "龙港路口的路灯连续三晚不亮，行人过马路很危险"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String main = first.json().get("ticketNo").asText();

        String duplicate;
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            WebElement form = agent.waitFor(By.id("register-form"));
            form.findElement(By.name("citizenPhone")).sendKeys(phone, Keys.TAB);
            form.findElement(By.name("content")).sendKeys("龙港路口路灯还是不亮，之前已经反映过");
            new Select(form.findElement(By.name("type"))).selectByValue("complaint");
            new Select(form.findElement(By.name("categoryCode"))).selectByValue("C0704");
            By mergeInto = By.cssSelector("#duplicate-warning button.merge-into[data-main='" + main + "']");
            // The similar-ticket copy of the first ticket arrives after its commit: type again until it is found.
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                if (!agent.driver().findElements(mergeInto).isEmpty()) {
                    return true;
                }
                form.findElement(By.name("content")).sendKeys("。");
                return false;
            });
            assertThat(agent.driver().findElement(By.id("duplicate-warning")).getText()).contains(main);
            agent.screenshot("agent-duplicate-warning");

            agent.click(mergeInto);
            agent.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "JH"));
            duplicate = agent.driver().findElement(By.cssSelector("#detail a")).getText();
            assertThat(duplicate).isNotEqualTo(main);
            assertThat(agent.javaScriptErrors()).isEmpty();
        }
        assertThat(api.get("dispatcher1", "/api/tickets/" + duplicate).json().get("content").asText()).contains(main);

        try (Browser dispatcher = new Browser(port)) {
            dispatcher.logIn("dispatcher1");
            dispatcher.open("/#/queue/to-dispatch");
            dispatcher.showQueueRow(duplicate);
            dispatcher.click(By.cssSelector("tr[data-ticket='" + duplicate + "'] button.merge[data-main='" + main + "']"));
            dispatcher.screenshot("dispatcher-merged-duplicate");
            await().atMost(Duration.ofSeconds(20)).until(() ->
                "MERGED".equals(api.get("dispatcher1", "/api/tickets/" + duplicate).json().get("status").asText()));
            assertThat(dispatcher.javaScriptErrors()).isEmpty();
        }
    }
}
