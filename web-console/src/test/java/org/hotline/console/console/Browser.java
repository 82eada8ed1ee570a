package org.hotline.console.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (both installed by {@code ops/test}); nothing is
 * downloaded at run time.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;

    Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1366,768", "--lang=zh-CN", "--autoplay-policy=no-user-gesture-required");
        // The browser's console log, read by javaScriptErrors().
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void logIn(String user) {
        open("/login.html");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys("hotline");
        driver.findElement(By.id("login-submit")).click();
        waitFor(By.id("whoami"));
        await().until(d -> !d.findElement(By.id("whoami")).getText().isBlank());
        waitFor(By.cssSelector("body[data-ready=true]"));
    }

    /** Logs out through the header's form (a fresh session for the next user). */
    void logOut() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Clicks the element after scrolling it to the middle of the window and letting the toasts in the bottom corner
     * (which cover what lies under them, as they would for a person) go away.
     */
    void click(WebElement element) {
        await().until(d -> d.findElements(By.cssSelector("#toasts .toast")).isEmpty());
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /**
     * Clicks what the locator finds once it is visible, as {@link #click(WebElement)} does, finding it again when the
     * page redrew it meanwhile (a pushed arrival refreshes a queue, which replaces its rows and scroll position).
     */
    void click(By locator) {
        // Not interactable covers a click another element would receive, and a dialog still fading in or out (a
        // Bootstrap modal also stops the page from scrolling while it is open). A click still intercepted after a
        // few seconds (seen on rows far down a long queue in headless Chromium) is dispatched to the element itself.
        long intercepted = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        await().ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class)
            .until(d -> {
                WebElement element = d.findElement(locator);
                try {
                    click(element);
                } catch (ElementClickInterceptedException e) {
                    if (System.nanoTime() < intercepted || !element.isDisplayed() || !element.isEnabled()) {
                        throw e;
                    }
                    driver.executeScript("arguments[0].click()", element);
                }
                return true;
            });
    }

    /**
     * Waits for a queue's row of the ticket, pressing "load more" while it is not there: department queues are sorted
     * by deadline and paged, so a ticket due late may sit on a later page of a long queue.
     */
    void showQueueRow(String ticketNo) {
        waitFor(By.id("ticket-table"));
        By row = By.cssSelector("tr[data-ticket='" + ticketNo + "']");
        await().ignoring(StaleElementReferenceException.class).until(d -> {
            if (!d.findElements(row).isEmpty()) {
                return true;
            }
            d.findElements(By.id("queue-more")).forEach(this::click);
            return false;
        });
    }

    /** Saves the visible page as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        Path target = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The errors the browser logged since the last call: script errors and failed requests, except failed requests
     * whose text contains one of {@code expected} (a refusal the test provokes on purpose).
     */
    List<String> javaScriptErrors(String... expected) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(message -> Arrays.stream(expected).noneMatch(message::contains))
            .toList();
    }

    WebElement waitFor(By locator) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // A view that renders again replaces the elements a condition was looking at: look again, as for an
        // element not there yet.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
