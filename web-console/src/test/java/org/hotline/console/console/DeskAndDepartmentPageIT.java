package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In real headless Chromium: the agent's keyboard shortcuts, the department's arrival sound switch and its reveal of
 * the citizen's phone with a reason.
 */
class DeskAndDepartmentPageIT extends HotlineIntegrationSupport {

    // Stands in for the Web Audio API and counts the tones the console plays (headless Chromium has no speaker).
    private static final String COUNT_RINGS = "window.rings = 0; window.AudioContext = class {"
        + " constructor() { this.currentTime = 0; this.destination = {}; }"
        + " createOscillator() { window.rings++; return { frequency: {}, connect: n => n, start() {}, stop() {} }; }"
        + " createGain() { return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },"
        + " connect: n => n }; } };";

    @Test
    void theAgentOpensLookUpAndANewRegistrationFromTheKeyboardAndRegistersWithCtrlEnter() {
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            agent.waitFor(By.id("register-form"));
            new Actions(agent.driver()).keyDown(Keys.ALT).sendKeys("l").keyUp(Keys.ALT).perform();
            agent.await().until(ExpectedConditions.urlContains("#/lookup"));

            new Actions(agent.driver()).keyDown(Keys.ALT).sendKeys("n").keyUp(Keys.ALT).perform();
            agent.await().until(ExpectedConditions.urlContains("#/desk"));
            agent.await().until(d -> "register-content".equals(d.switchTo().activeElement().getAttribute("id")));

            WebElement form = agent.waitFor(By.id("register-form"));
            WebElement content = agent.driver().switchTo().activeElement();
            content.sendKeys("公积金提取申请两周没有到账，请催办");
            new Select(form.findElement(By.name("type"))).selectByValue("complaint");
            new Select(form.findElement(By.name("categoryCode"))).selectByValue("C0401");
            form.findElement(By.name("citizenPhone")).sendKeys("13700004321");
            content.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

            agent.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "JH"));
            assertThat(agent.driver().findElement(By.id("detail")).getText()).contains("市住房公积金管理中心");
            assertThat(agent.javaScriptErrors()).isEmpty();
        }
    }

    @Test
    void aDepartmentTurnsTheArrivalSoundOffItStaysOffAndOnAgainItRings() {
        try (Browser dept = new Browser(port)) {
            dept.logIn("dept-gjj");
            WebElement sound = dept.waitFor(By.id("sound"));
            assertThat(sound.isSelected()).isTrue();
            dept.click(By.cssSelector("label[for=sound]"));
            assertThat(dept.driver().findElement(By.id("sound")).isSelected()).isFalse();

            dept.driver().navigate().refresh();
            dept.waitFor(By.cssSelector("body[data-ready=true]"));
            assertThat(dept.driver().findElement(By.id("sound")).isSelected()).isFalse();
            dept.driver().executeScript(COUNT_RINGS);
            // Once the push socket is open, a dispatch arrives as a toast.
            dept.waitFor(By.cssSelector("body[data-push=open]"));
            String muted = dispatchedToGjj("公积金贷款审批进度咨询，静音时到达");
            dept.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("toasts"), muted));
            assertThat(dept.driver().executeScript("return window.rings")).isEqualTo(0L);

            dept.click(By.cssSelector("label[for=sound]"));
            assertThat(dept.driver().findElement(By.id("sound")).isSelected()).isTrue();
            String ringing = dispatchedToGjj("公积金贷款审批进度咨询，有提示音时到达");
            dept.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("toasts"), ringing));
            assertThat(dept.driver().executeScript("return window.rings")).isEqualTo(1L);
            assertThat(dept.javaScriptErrors()).isEmpty();
        }
    }

    @Test
    void aDepartmentRevealsTheCitizensPhoneOnlyWithAReasonAndTheRevealIsAudited() {
        TestApi api = api();
        String no = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "help",
            "categoryCode", "C0401", "citizenPhone", "13912345678", "content", "公积金提取需要回电说明材料"))
            .json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of()).status()).isEqualTo(200);

        try (Browser dept = new Browser(port)) {
            dept.logIn("dept-gjj");
            dept.open("/#/ticket/" + no);
            WebElement phone = dept.waitFor(By.id("citizen-phone"));
            assertThat(phone.getText()).contains("*").doesNotContain("12345678");
            dept.click(By.id("reveal-phone"));
            WebElement reason = dept.waitFor(By.id("reveal-reason"));
            reason.clear();
            dept.click(By.cssSelector("#reveal-dialog .modal-footer .btn-primary"));
            dept.await().until(ExpectedConditions.attributeContains(By.id("reveal-reason"), "class", "is-invalid"));
            assertThat(dept.driver().findElement(By.id("reveal-dialog")).isDisplayed()).isTrue();
            assertThat(dept.driver().findElement(By.id("citizen-phone")).getText()).contains("*");
            dept.screenshot("department-reveal-dialog");

            reason.sendKeys("回电核实提取材料");
            dept.click(By.cssSelector("#reveal-dialog .modal-footer .btn-primary"));
            dept.await().until(ExpectedConditions.textToBe(By.id("citizen-phone"), "13912345678"));
            assertThat(dept.javaScriptErrors()).isEmpty();
        }
        String timeline = api.get("supervisor1", "/api/tickets/" + no + "/timeline").json().toString();
        assertThat(timeline).contains("reveal-phone").contains("回电核实提取材料").contains("dept-gjj");
    }

    @Test
    void aDepartmentReturnsWithAListedReasonAsksForMoreTimeAwaitsTheCitizenAndResumesAndACoHandlerContributes() {
        TestApi api = api();
        String returned = dispatchedToGjj("公积金异地转移咨询，应由社保中心办理");
        String handled = dispatchedToGjj("公积金提取审批超期，需要补充材料");
        String shared = api.post("agent1", "/api/tickets", Map.of("channel", "web", "type", "help",
            "categoryCode", "C0401", "content", "公积金与社保缴费基数不一致")).json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + shared + "/dispatch",
            Map.of("departmentCode", "GJJ", "coHandlers", java.util.List.of("SBZX"))).status()).isEqualTo(200);
        assertThat(api.post("dept-gjj", "/api/tickets/" + handled + "/sign", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("dept-gjj", "/api/tickets/" + shared + "/sign", Map.of()).status()).isEqualTo(200);

        try (Browser dept = new Browser(port)) {
            dept.logIn("dept-gjj");
            dept.open("/#/ticket/" + returned);
            WebElement form = action(dept, "return");
            new Select(form.findElement(By.name("reasonKind"))).selectByValue("not-our-duty");
            form.findElement(By.name("reasonText")).sendKeys("异地转移由社保中心受理");
            submit(dept, form, "RETURNED");

            dept.open("/#/ticket/" + handled);
            form = action(dept, "extension");
            WebElement days = form.findElement(By.name("workingDays"));
            days.clear();
            days.sendKeys("3");
            form.findElement(By.name("reason")).sendKeys("需要调取档案");
            submit(dept, form, "EXTENSION_REQUESTED");
            assertThat(api.post("dispatcher1", "/api/tickets/" + handled + "/extension/approve", Map.of()).status())
                .isEqualTo(200);

            dept.driver().navigate().refresh();
            form = action(dept, "await-citizen");
            form.findElement(By.name("reason")).sendKeys("等待市民补交身份证复印件");
            submit(dept, form, "AWAITING_CITIZEN");
            assertThat(dept.driver().findElement(By.id("ticket")).getText()).contains("等待市民补交身份证复印件");
            form = action(dept, "resume");
            submit(dept, form, "IN_PROGRESS");
            dept.screenshot("department-ticket-resumed");
            assertThat(dept.javaScriptErrors()).isEmpty();
        }
        try (Browser coHandler = new Browser(port)) {
            coHandler.logIn("dept-sbzx");
            coHandler.open("/#/ticket/" + shared);
            // A co-handler signs its part first, then contributes.
            WebElement sign = action(coHandler, "sign");
            coHandler.click(sign.findElement(By.cssSelector("button[type=submit]")));
            WebElement form = action(coHandler, "contribute");
            form.findElement(By.name("text")).sendKeys("社保缴费基数已核对，按新基数执行");
            coHandler.click(form.findElement(By.cssSelector("button[type=submit]")));
            coHandler.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticket"),
                "社保缴费基数已核对，按新基数执行"));
            assertThat(coHandler.javaScriptErrors()).isEmpty();
        }
        String timeline = api.get("supervisor1", "/api/tickets/" + returned + "/timeline").json().toString();
        assertThat(timeline).contains("异地转移由社保中心受理");
        assertThat(api.get("supervisor1", "/api/tickets/" + returned).json().path("status").asText()).isEqualTo("RETURNED");
        assertThat(api.get("supervisor1", "/api/tickets/" + shared + "/timeline").json().toString())
            .contains("contribute").contains("dept-sbzx");
    }

    /** Opens the form of a ticket action from the ticket page's action buttons. */
    private static WebElement action(Browser browser, String action) {
        browser.click(By.cssSelector("#ticket-actions button[data-action='" + action + "']"));
        return browser.waitFor(By.cssSelector("#action-form form[data-form='" + action + "']"));
    }

    /** Submits an action form and waits for the ticket page to show the ticket in its new status. */
    private static void submit(Browser browser, WebElement form, String status) {
        browser.click(form.findElement(By.cssSelector("button[type=submit]")));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#ticket[data-status='" + status + "']")));
    }

    private String dispatchedToGjj(String content) {
        TestApi api = api();
        String no = api.post("agent1", "/api/tickets", Map.of("channel", "web", "type", "consultation",
            "categoryCode", "C0401", "content", content)).json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);
        return no;
    }
}
