package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Knowledge-base snippets in real headless Chromium: an answer holding markup is shown as its text, the matched words
 * in {@code <mark>}, and no script in it runs.
 */
class KnowledgeSnippetPageIT extends HotlineIntegrationSupport {

    @Test
    void anAnswersMarkupIsShownAsTextWithTheMatchedWordsMarked() {
        // Shorter than a snippet (90 characters), so the whole answer is shown.
        String answer = "渡口码头 <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> 请到渡口码头售票处";
        TestApi.Response created = api().post("admin", "/api/kb/entries", Map.of("question", "渡口码头几点开船？",
            "answer", answer, "categoryCode", "C1802", "status", "published"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> api().get("agent1", "/api/kb/search?q="
            + URLEncoder.encode("渡口码头", StandardCharsets.UTF_8)).body().contains(id));

        try (Browser browser = new Browser(port)) {
            browser.logIn("agent1");
            browser.open("/#/kb");
            browser.waitFor(By.id("kb-query")).sendKeys("渡口码头");
            WebElement hit = browser.waitFor(By.cssSelector("#kb-results li[data-entry='" + id + "'] .snippet"));

            assertThat(hit.getText()).isEqualTo(answer);
            List<String> marked = hit.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
            assertThat(marked).isNotEmpty().allSatisfy(word -> assertThat("渡口码头").contains(word));
            assertThat(hit.findElements(By.tagName("script"))).isEmpty();
            assertThat(hit.findElements(By.tagName("img"))).isEmpty();
            assertThat(browser.driver().executeScript("return window.pwned === undefined")).isEqualTo(true);
        }
    }
}
