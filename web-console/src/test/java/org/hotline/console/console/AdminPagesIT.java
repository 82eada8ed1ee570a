package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The administrator's calendar and knowledge-base pages in real headless Chromium. */
class AdminPagesIT extends HotlineIntegrationSupport {

    @Test
    void aHolidayAddedInTheYearViewShowsThereAndIsWhatTheCalendarApiAnswers() {
        int year = LocalDate.now().getYear() + 1;
        // A Wednesday in March of next year: no holiday or make-up day of the seeded calendar, no weekend.
        LocalDate day = LocalDate.of(year, 3, 1);
        while (day.getDayOfWeek().getValue() != 3) {
            day = day.plusDays(1);
        }
        String iso = day.toString();
        String name = "测试假日" + UUID.randomUUID().toString().substring(0, 4);
        try (Browser admin = new Browser(port)) {
            admin.logIn("admin");
            admin.open("/#/admin/calendar");
            new Select(admin.waitFor(By.id("calendar-year"))).selectByValue(String.valueOf(year));
            By cell = By.cssSelector("#calendar td[data-date='" + iso + "']");
            admin.click(cell);
            WebElement dialog = admin.waitFor(By.id("day-dialog"));
            new Select(dialog.findElement(By.name("kind"))).selectByValue("holiday");
            dialog.findElement(By.name("name")).clear();
            dialog.findElement(By.name("name")).sendKeys(name);
            admin.click(By.cssSelector("#day-dialog .modal-footer .btn-primary"));
            admin.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeContains(cell, "class", "cal-holiday"));
            assertThat(admin.driver().findElement(cell).getAttribute("title")).isEqualTo(name);
            assertThat(new Select(admin.driver().findElement(By.id("calendar-year"))).getFirstSelectedOption().getText())
                .isEqualTo(String.valueOf(year));
            admin.screenshot("admin-calendar-holiday");
            assertThat(admin.javaScriptErrors()).isEmpty();
        }
        JsonNode days = api().get("admin", "/api/admin/calendar/" + year).json();
        JsonNode added = null;
        for (JsonNode d : days) {
            if (d.path("date").asText().equals(iso)) {
                added = d;
            }
        }
        assertThat(added).as(days.toString()).isNotNull();
        assertThat(added.path("kind").asText()).isEqualTo("holiday");
        assertThat(added.path("name").asText()).isEqualTo(name);
    }

    @Test
    void anAdministratorWritesEditsPublishesComparesAndImportsKnowledgeEntries() throws IOException {
        String question = "浏览器测试问题" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser admin = new Browser(port)) {
            admin.logIn("admin");
            admin.open("/#/admin/kb");
            admin.click(By.id("new-entry"));
            WebElement form = admin.waitFor(By.id("entry-form"));
            form.findElement(By.name("question")).sendKeys(question);
            form.findElement(By.name("answer")).sendKeys("第一行不变\n旧的办理地点");
            new Select(form.findElement(By.name("categoryCode"))).selectByValue("C0401");
            admin.click(By.cssSelector("#entry-edit .modal-footer .btn-primary"));
            By row = By.xpath("//table[@id='kb-table']//tr[td[2][text()='" + question + "']]");
            WebElement created = admin.waitFor(row);
            String id = created.getAttribute("data-entry");
            By entry = By.cssSelector("#kb-table tr[data-entry='" + id + "']");

            admin.click(By.cssSelector("#kb-table tr[data-entry='" + id + "'] button.edit"));
            WebElement edit = admin.waitFor(By.id("entry-form"));
            WebElement answer = edit.findElement(By.name("answer"));
            answer.clear();
            answer.sendKeys("第一行不变\n新的办理地点：市民中心三楼");
            admin.click(By.cssSelector("#entry-edit .modal-footer .btn-primary"));
            admin.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(entry).getText().contains("v2"));

            admin.click(By.cssSelector("#kb-table tr[data-entry='" + id + "'] button.publish"));
            admin.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#kb-table tr[data-entry='" + id + "'] button.withdraw")).isEmpty());
            assertThat(api().get("agent1", "/api/kb/entries/" + id).json().path("status").asText()).isEqualTo("published");

            admin.click(By.cssSelector("#kb-table tr[data-entry='" + id + "'] button.versions"));
            admin.waitFor(By.id("versions-dialog"));
            assertThat(admin.all(By.cssSelector("#versions-dialog li[data-version]"))).hasSize(3);
            admin.click(By.cssSelector("#versions-dialog li[data-version='2']"));
            WebElement diff = admin.waitFor(By.id("kb-diff"));
            assertThat(diff.findElements(By.cssSelector(".diff-add")).stream().map(WebElement::getText))
                .contains("+ 新的办理地点：市民中心三楼");
            assertThat(diff.findElements(By.cssSelector(".diff-del")).stream().map(WebElement::getText))
                .contains("− 旧的办理地点");
            admin.screenshot("admin-kb-versions");
            admin.click(By.cssSelector("#versions-dialog .modal-footer .btn-secondary"));
            admin.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("versions-dialog")));

            String importedId = "QA" + (7000 + (int) (Math.random() * 2000));
            Path file = Files.createTempFile("kb-import", ".jsonl");
            Files.writeString(file, "{\"id\":\"" + importedId + "\",\"question\":\"浏览器导入问题" + UUID.randomUUID()
                + "\",\"similar_questions\":[],\"answer\":\"浏览器导入的答案。\",\"category\":\"C2001\","
                + "\"department\":\"RXZX\",\"tags\":[],\"policy_id\":null,\"valid_from\":\"2026-01-01\",\"valid_to\":null}\n"
                + "not json at all\n", StandardCharsets.UTF_8);
            admin.driver().findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            // From the keyboard: a mouse click at the foot of the long page is refused by headless Chromium.
            admin.driver().findElement(By.id("import-submit")).sendKeys(Keys.ENTER);
            WebElement summary = admin.waitFor(By.id("import-summary"));
            assertThat(admin.driver().findElement(By.cssSelector("#import-progress .progress-bar")).getAttribute("style"))
                .contains("100%");
            assertThat(summary.getText()).contains("1");
            WebElement report = admin.driver().findElement(By.id("import-report"));
            assertThat(report.findElements(By.cssSelector("tbody tr"))).hasSize(1);
            assertThat(report.findElement(By.cssSelector("tbody tr td")).getText()).isEqualTo("2");
            admin.screenshot("admin-kb-import");
            assertThat(admin.javaScriptErrors()).isEmpty();
            Files.delete(file);
            assertThat(api().get("agent1", "/api/kb/entries/" + importedId).status()).isEqualTo(200);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
