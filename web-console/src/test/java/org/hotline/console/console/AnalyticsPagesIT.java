package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The analytics pages in real headless Chromium against the application on MariaDB and Redis with the test AMI
 * server: the dashboard shows the API's figures and drills down to the tickets they count, the downloads open, a
 * department reads only its own figures, and the wallboard follows a call by push alone. Each test ends with no error
 * in the browser log and leaves screenshots under {@code target/screenshots/}.
 */
class AnalyticsPagesIT extends HotlineIntegrationSupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    TestApi api;
    String from;
    String to;

    @BeforeEach
    void tickets() {
        api = api();
        LocalDate today = LocalDate.now(CHINA);
        to = today.toString();
        from = today.minusDays(29).toString();
        String no = register("公积金提取申请三周没有到账");
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);
        register("公积金贷款审批进度查询");
    }

    @Test
    void theDashboardShowsTheApisFiguresAndDrillsDownToTheTickets() {
        JsonNode all = api.get("supervisor1", "/api/analytics/kpis?from=" + from + "&to=" + to + "&groupBy=none").json()
            .get("groups").get(0);
        JsonNode byGroup = api.get("supervisor1", "/api/analytics/kpis?from=" + from + "&to=" + to + "&groupBy=categoryGroup")
            .json().get("groups");
        try (Browser browser = new Browser(port)) {
            browser.logIn("supervisor1");
            assertThat(browser.driver().findElement(By.cssSelector("#nav a[data-nav=analytics]")).getText()).isEqualTo("数据分析");
            browser.open("/#/analytics/overview");
            loaded(browser, "overview");
            WebElement registered = browser.waitFor(By.cssSelector("[data-kpi=registered] .kpi-value"));
            assertThat(number(registered.getText())).isEqualTo(all.get("counts").get("registered").asLong());
            assertThat(browser.driver().findElement(By.cssSelector("[data-kpi=registered]")).getAttribute("title"))
                .as("the definition on hover").contains("受理量").contains("登记");
            List<Long> chartValues = new ArrayList<>();
            for (Object value : (List<?>) browser.driver().executeScript("return echarts.getInstanceByDom("
                + "document.getElementById('chart-category-group')).getOption().series.find(s => s.id === 'registered').data")) {
                chartValues.add(((Number) value).longValue());
            }
            List<Long> apiValues = new ArrayList<>();
            byGroup.forEach(g -> apiValues.add(g.get("counts").get("registered").asLong()));
            assertThat(chartValues).as("the chart draws the API's figures").isEqualTo(apiValues);
            browser.screenshot("analytics-overview");

            long dispatched = all.get("counts").get("dispatched").asLong();
            browser.click(By.cssSelector("[data-kpi=dispatched]"));
            WebElement total = browser.waitFor(By.cssSelector("#drill-dialog #drill-total"));
            assertThat(Long.parseLong(total.getText())).as("the drill-down lists the tickets the figure counts")
                .isEqualTo(dispatched);
            WebElement first = browser.waitFor(By.cssSelector("#drill-table tr[data-ticket] a"));
            String no = first.getText();
            assertThat(first.getAttribute("href")).endsWith("#/ticket/" + no);
            browser.screenshot("analytics-drill-down");
            browser.click(first);
            browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("drill-dialog")));
            browser.await().until(d -> d.getCurrentUrl().endsWith("#/ticket/" + no));

            JsonNode gjj = group(api.get("supervisor1", "/api/analytics/kpis?from=" + from + "&to=" + to
                + "&groupBy=department").json(), "GJJ");
            browser.open("/#/analytics/groups/department");
            loaded(browser, "groups");
            WebElement cell = browser.waitFor(By.cssSelector("#group-table tr[data-group=GJJ] a[data-count=registered]"));
            assertThat(number(cell.getText())).isEqualTo(gjj.get("counts").get("registered").asLong());
            browser.screenshot("analytics-groups");

            JsonNode tiers = api.get("supervisor1", "/api/analytics/tiers?from=" + from + "&to=" + to).json().get("tiers");
            browser.open("/#/analytics/tiers");
            loaded(browser, "tiers");
            assertThat(browser.all(By.cssSelector("[data-tier]"))).hasSize(tiers.size());
            JsonNode tier = tiers.get(0);
            WebElement median = browser.waitFor(By.cssSelector("[data-tier='" + tier.get("key").asText() + "'] .tier-median"));
            if (tier.hasNonNull("medianScore")) {
                assertThat(Double.parseDouble(median.getAttribute("data-median")))
                    .isEqualTo(tier.get("medianScore").asDouble());
            } else {
                assertThat(median.getAttribute("data-median")).isEmpty();
            }
            browser.screenshot("analytics-tiers");

            for (String tab : List.of("topics", "repeats", "calls", "satisfaction", "escalations")) {
                browser.open("/#/analytics/" + tab);
                loaded(browser, tab);
                assertThat(browser.all(By.cssSelector("#analytics-" + tab + " [role=alert]"))).as(tab).isEmpty();
                browser.screenshot("analytics-" + tab);
            }
            assertThat(browser.all(By.cssSelector("#calls-daily-table tbody tr[data-day]"))).hasSize(30);
            assertThat(browser.javaScriptErrors()).isEmpty();
        }
    }

    @Test
    void csvAndExcelDownloadsOpen() throws IOException {
        Path dir = Files.createTempDirectory("downloads");
        try (Browser browser = new Browser(port)) {
            browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
            browser.logIn("supervisor1");
            browser.open("/#/analytics/overview");
            loaded(browser, "overview");
            browser.click(By.id("csv-kpis"));
            Path csv = downloaded(dir, ".csv");
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF").contains("受理量").contains("满意率");
            assertThat(csv.getFileName().toString()).isEqualTo("kpis-none-" + from + "-" + to + ".csv");
            Files.delete(csv);

            browser.open("/#/analytics/calls");
            loaded(browser, "calls");
            browser.click(By.id("csv-calls-daily"));
            Path calls = downloaded(dir, ".csv");
            assertThat(Files.readString(calls, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains(to);
            Files.delete(calls);

            browser.click(By.id("report-daily"));
            Path xlsx = downloaded(dir, ".xlsx");
            assertThat(sheetsOf(xlsx)).as("the workbook's sheets").contains("汇总");
            browser.screenshot("analytics-downloads");
            assertThat(browser.javaScriptErrors()).isEmpty();
        }
        TestApi.Response report = api.get("supervisor1", "/api/analytics/reports/daily?date=" + to,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aDepartmentReadsOnlyItsOwnFigures() {
        JsonNode own = group(api.get("dept-gjj", "/api/analytics/kpis?from=" + from + "&to=" + to + "&groupBy=department")
            .json(), "GJJ");
        assertThat(api.get("dept-gjj", "/api/analytics/kpis?from=" + from + "&to=" + to + "&groupBy=category").status())
            .isEqualTo(403);
        int foreign = api.get("dept-gjj", "/api/analytics/tickets?from=" + from + "&to=" + to
            + "&groupBy=department&key=JC_GOV&count=registered").status();
        assertThat(foreign).as("another department's tickets by URL").isIn(403, 404);
        List<String> others = new ArrayList<>();
        api.get("supervisor1", "/api/analytics/tiers?from=" + from + "&to=" + to).json().get("tiers")
            .forEach(tier -> tier.get("departments").forEach(e -> {
                if (!"GJJ".equals(e.get("key").asText())) {
                    others.add(e.get("label").asText());
                }
            }));
        try (Browser browser = new Browser(port)) {
            browser.logIn("dept-gjj");
            assertThat(browser.driver().findElement(By.cssSelector("#nav a[data-nav=analytics]")).getAttribute("href"))
                .endsWith("#/analytics/department");
            assertThat(browser.all(By.cssSelector("#nav a[data-nav=wallboard]"))).isEmpty();
            browser.open("/#/analytics/department");
            browser.waitFor(By.cssSelector("#analytics-own[data-loaded]"));
            WebElement registered = browser.waitFor(By.cssSelector("[data-kpi=registered] .kpi-value"));
            assertThat(number(registered.getText())).isEqualTo(own.get("counts").get("registered").asLong());
            String page = browser.driver().findElement(By.id("view")).getText();
            assertThat(others).allSatisfy(name -> assertThat(page).doesNotContain(name));
            browser.screenshot("analytics-department");

            for (String url : List.of("/#/analytics/department/JC_GOV", "/#/analytics/groups/department", "/#/wallboard")) {
                browser.open(url);
                browser.waitFor(By.id("refused"));
                assertThat(browser.all(By.cssSelector("[data-kpi]"))).as(url).isEmpty();
            }
            browser.screenshot("analytics-department-refused");
            @SuppressWarnings("unchecked")
            List<String> asked = (List<String>) browser.driver().executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/api/analytics/'))");
            assertThat(asked).as("the page asks for its own figures only").isNotEmpty()
                .allSatisfy(url -> assertThat(url).doesNotContain("JC_GOV").doesNotContain("groupBy=category"));
            assertThat(browser.javaScriptErrors()).isEmpty();
        }
    }

    @Test
    void theWallboardFollowsACallByPushWithoutReloading() {
        await().atMost(Duration.ofSeconds(15)).until(AMI::hasClient);
        try (Browser browser = new Browser(port)) {
            browser.logIn("supervisor1");
            browser.open("/#/wallboard");
            browser.waitFor(By.cssSelector("#wallboard[data-updates]"));
            browser.waitFor(By.cssSelector("body[data-push=open]"));
            long waiting = number(browser.driver().findElement(By.cssSelector("[data-wb=waiting]")).getText());
            browser.driver().executeScript("window.__sameDocument = true");

            AmiFixture call = TestCalls.answeredCall();
            AMI.play(call.eventsThrough("Event: QueueCallerJoin"));
            browser.await().until(d -> number(d.findElement(By.cssSelector("[data-wb=waiting]")).getText()) == waiting + 1);
            browser.screenshot("wallboard");
            AMI.play(call.eventsAfter("Event: QueueCallerJoin"));
            browser.await().until(d -> number(d.findElement(By.cssSelector("[data-wb=waiting]")).getText()) == waiting);
            assertThat(browser.driver().executeScript("return window.__sameDocument === true")).as("no reload").isEqualTo(true);
            Number snapshots = (Number) browser.driver().executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/api/analytics/wallboard')).length");
            assertThat(snapshots.intValue()).as("one GET of the snapshot, then push only").isEqualTo(1);
            browser.screenshot("wallboard-after-call");
            assertThat(browser.javaScriptErrors()).isEmpty();
        }
    }

    private String register(String content) {
        return api.post("agent1", "/api/tickets", Map.of("channel", "web", "type", "complaint", "categoryCode", "C0401",
            "content", content)).json().get("ticketNo").asText();
    }

    private static void loaded(Browser browser, String tab) {
        browser.waitFor(By.cssSelector("#analytics-" + tab + "[data-loaded]"));
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static JsonNode group(JsonNode report, String key) {
        for (JsonNode g : report.get("groups")) {
            if (key.equals(g.get("key").asText())) {
                return g;
            }
        }
        throw new AssertionError("no group " + key + " in " + report);
    }

    /** The sheet names of an Office Open XML workbook, read from its xl/workbook.xml. */
    private static String sheetsOf(Path xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("xl/workbook.xml".equals(entry.getName())) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(xlsx + " is no workbook");
    }

    private static Path downloaded(Path dir, String suffix) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElse(null);
            }
        }, p -> p != null);
    }
}
