package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's work across roles in real headless Chromium, against the application on MariaDB and Redis with the
 * test AMI server: a call from screen-pop to closing, and the single features people rely on. Every test ends by
 * asserting that the browser logged no error, and saves screenshots under {@code target/screenshots/}.
 */
class ConsoleWorkflowIT extends HotlineIntegrationSupport {

    private static final By DETAIL = By.id("detail");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.hotline.telephony.config.TelephonyProperties telephony;

    TestApi api;

    @BeforeEach
    void connect() {
        api = api();
        await().atMost(Duration.ofSeconds(15)).until(AMI::hasClient);
    }

    @Test
    void aCallGoesFromScreenPopThroughEveryRoleToClosed() {
        AmiFixture call = TestCalls.answeredCall();
        String caller = TestCalls.callerOf(call);
        String no;
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            agent.waitFor(By.id("register-form"));
            awaitPushOpen(agent);
            AMI.play(call.eventsThrough("Event: AgentConnect"));

            WebElement pop = agent.waitFor(By.id("screen-pop"));
            agent.await().until(ExpectedConditions.textToBePresentInElement(pop, caller));
            assertThat(pop.getText()).contains("IVR：政策咨询");
            agent.waitFor(By.cssSelector("#typing-suggestions li[data-entry]"));
            assertThat(agent.driver().findElement(By.name("citizenPhone")).getAttribute("value")).isEqualTo(caller);
            agent.screenshot("agent-screen-pop");

            WebElement form = agent.driver().findElement(By.id("register-form"));
            form.findElement(By.name("content")).sendKeys("公积金提取申请三周没有到账，请帮忙催办");
            agent.waitFor(By.cssSelector("#category-suggestions button[data-category]"));
            new Select(form.findElement(By.name("type"))).selectByValue("complaint");
            new Select(form.findElement(By.name("categoryCode"))).selectByValue("C0401");
            form.findElement(By.name("content")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            agent.await().until(ExpectedConditions.textToBePresentInElementLocated(DETAIL, "JH"));
            assertThat(agent.driver().findElement(DETAIL).getText()).contains("市住房公积金管理中心").contains("待派单");
            no = agent.driver().findElement(By.cssSelector("#detail a")).getText();
            agent.screenshot("agent-registered");
            assertThat(agent.javaScriptErrors()).isEmpty();
        }
        AMI.play(call.eventsAfter("Event: AgentConnect"));

        try (Browser dispatcher = new Browser(port)) {
            dispatcher.logIn("dispatcher1");
            dispatcher.open("/#/queue/to-dispatch");
            WebElement row = dispatcher.waitFor(By.cssSelector("tr[data-ticket='" + no + "']"));
            assertThat(new Select(row.findElement(By.cssSelector("select.dispatch-to"))).getFirstSelectedOption()
                .getAttribute("value")).as("the routing suggestion is pre-selected").isEqualTo("GJJ");
            dispatcher.click(By.cssSelector("tr[data-ticket='" + no + "'] input.pick"));
            dispatcher.screenshot("dispatcher-to-dispatch");
            dispatcher.click(By.id("bulk-dispatch"));
            dispatcher.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-ticket='" + no + "']")));
            assertThat(dispatcher.javaScriptErrors()).isEmpty();
        }
        assertThat(status(no)).isEqualTo("DISPATCHED");

        try (Browser department = new Browser(port)) {
            department.logIn("dept-gjj");
            department.open("/#/queue/to-sign");
            department.showQueueRow(no);
            department.click(By.cssSelector("tr[data-ticket='" + no + "']"));
            act(department, "sign");
            awaitStatus(department, "IN_PROGRESS");
            department.click(By.cssSelector("#ticket-actions button[data-action='reply']"));
            WebElement text = department.waitFor(By.cssSelector("#action-form textarea[name=text]"));
            text.sendKeys("已核实，提取款项已于今日到账，请注意查收。");
            assertThat(department.driver().findElement(By.id("reply-preview")).getText()).contains("已于今日到账");
            department.screenshot("department-reply");
            department.click(By.cssSelector("#action-form button[type=submit]"));
            awaitStatus(department, "REPLIED");
            assertThat(department.javaScriptErrors()).isEmpty();
        }

        try (Browser dispatcher = new Browser(port)) {
            dispatcher.logIn("dispatcher1");
            dispatcher.open("/#/queue/to-review");
            dispatcher.click(By.cssSelector("tr[data-ticket='" + no + "']"));
            dispatcher.click(By.cssSelector("#ticket-actions button[data-action='review']"));
            assertThat(dispatcher.driver().findElement(By.id("ticket")).getText()).contains("审核时限");
            WebElement compare = dispatcher.waitFor(By.id("review-compare"));
            assertThat(compare.getText()).contains("三周没有到账").contains("已于今日到账");
            dispatcher.screenshot("dispatcher-review");
            dispatcher.click(By.cssSelector("#action-form button[type=submit]"));
            awaitStatus(dispatcher, "FOLLOW_UP");
            dispatcher.click(By.cssSelector("#ticket-actions button[data-action='follow-up']"));
            new Select(dispatcher.waitFor(By.cssSelector("#action-form select[name=satisfaction]"))).selectByValue("5");
            dispatcher.click(By.cssSelector("#action-form button[type=submit]"));
            awaitStatus(dispatcher, "CLOSED");
            assertThat(dispatcher.driver().findElement(By.id("timeline")).getText())
                .contains("按派单规则").contains("签收").contains("审核通过").contains("满意度 5");
            dispatcher.screenshot("ticket-closed");
            assertThat(dispatcher.javaScriptErrors()).isEmpty();
        }
        JsonNode closed = api.get("dispatcher1", "/api/tickets/" + no).json();
        assertThat(closed.get("closure").asText()).isEqualTo("satisfied");
    }

    @Test
    void theTicketPageShowsEachCoHandlersShareWithItsDeadline() {
        String no = register("C0401", "JC", "公积金提取涉及不动产登记信息核验，需多部门协办");
        TestApi.Response dispatched = api.post("dispatcher1", "/api/tickets/" + no + "/dispatch",
            Map.of("departmentCode", "GJJ", "coHandlers", List.of("CGJ")));
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        assertThat(api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of()).status()).isEqualTo(200);
        try (Browser supervisor = new Browser(port)) {
            supervisor.logIn("supervisor1");
            supervisor.open("/#/ticket/" + no);
            WebElement share = supervisor.waitFor(By.cssSelector("#co-handler-shares tr[data-co-handler='CGJ']"));
            assertThat(share.getText()).contains("市城市管理局");
            assertThat(share.findElements(By.tagName("td")).get(3).getText()).matches(".*\\d{4}.*");
            supervisor.screenshot("supervisor-ticket-co-handlers");
            assertThat(supervisor.javaScriptErrors()).isEmpty();
        }
    }

    @Test
    void anAgentAnswersDirectlyFromASuggestion() {
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            awaitPushOpen(agent);
            agent.driver().findElement(By.id("register-content")).sendKeys("租房提取公积金需要什么材料");
            WebElement first = agent.waitFor(By.cssSelector("#typing-suggestions li[data-entry]"));
            String entryId = first.getAttribute("data-entry");
            agent.click(By.cssSelector("#typing-suggestions li[data-entry='" + entryId + "']"));
            agent.waitFor(By.id("entry-answer"));
            agent.screenshot("agent-suggestion-answer");
            agent.click(By.cssSelector("#entry-dialog .modal-footer .btn-primary"));
            agent.await().until(ExpectedConditions.textToBePresentInElementLocated(DETAIL, "已办结"));
            String no = agent.driver().findElement(By.cssSelector("#detail a")).getText();

            JsonNode ticket = api.get("agent1", "/api/tickets/" + no).json();
            assertThat(ticket.get("closure").asText()).isEqualTo("direct_answer");
            List<JsonNode> timeline = list(api.get("agent1", "/api/tickets/" + no + "/timeline").json());
            assertThat(timeline.get(timeline.size() - 1).get("note").asText()).contains(entryId);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kb_usage_event WHERE entry_id = ? AND agent = 'agent1'",
                Integer.class, entryId)).isPositive();
            assertThat(agent.javaScriptErrors()).isEmpty();
        }
    }

    @Test
    void anAgentDialsACallbackFromTheList() {
        AmiFixture abandoned = TestCalls.abandonedCall();
        String caller = TestCalls.callerOf(abandoned);
        AMI.play(abandoned.unsolicitedEvents());
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("agent1", "/api/callbacks").body().contains(caller));
        int originates = AMI.actions("Originate").size();

        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            agent.open("/#/callbacks");
            WebElement row = agent.waitFor(By.xpath("//tr[@data-callback][td[1][text()='" + caller + "']]"));
            agent.screenshot("agent-callbacks");
            agent.click(By.xpath("//tr[@data-callback][td[1][text()='" + caller + "']]//button[contains(@class, 'dial')]"));
            await().atMost(Duration.ofSeconds(10)).until(() -> AMI.actions("Originate").size() > originates);
            assertThat(AMI.actions("Originate").get(AMI.actions("Originate").size() - 1)).containsEntry("Exten", caller);
            WebElement dialled = agent.waitFor(By.id("dialled-table"));
            assertThat(dialled.getText()).contains(caller).contains("已回拨").contains("agent1");
            agent.await().until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//tr[@data-callback][td[1][text()='" + caller + "']]")));

            // The line was busy: the task goes back to the open list with the attempt counted.
            By outcome = By.xpath("//tr[@data-dialled][td[1][text()='" + caller + "']]//button[contains(@class,'outcome')]");
            agent.click(outcome);
            WebElement dialog = agent.waitFor(By.id("outcome-dialog"));
            new Select(dialog.findElement(By.id("callback-outcome"))).selectByValue("busy");
            dialog.findElement(By.id("callback-note")).sendKeys("占线，稍后再拨");
            agent.screenshot("agent-callback-outcome");
            agent.click(By.cssSelector("#outcome-dialog button.confirm"));
            WebElement again = agent.waitFor(By.xpath("//tr[@data-callback][td[1][text()='" + caller + "']]"));
            agent.await().until(ExpectedConditions.textToBePresentInElement(again, "占线"));
            assertThat(again.getText()).contains("1").contains("agent1").contains("占线，稍后再拨");

            // Dialled again and reached: the task is done and leaves both lists.
            agent.click(By.xpath("//tr[@data-callback][td[1][text()='" + caller + "']]//button[contains(@class,'dial')]"));
            agent.click(outcome);
            new Select(agent.waitFor(By.id("callback-outcome"))).selectByValue("reached");
            agent.click(By.cssSelector("#outcome-dialog button.confirm"));
            agent.await().until(ExpectedConditions.invisibilityOfElementLocated(outcome));
            assertThat(agent.all(By.xpath("//tr[@data-callback][td[1][text()='" + caller + "']]"))).isEmpty();
            assertThat(jdbc.queryForList("SELECT outcome FROM telephony_callback_attempt a JOIN telephony_callback c "
                + "ON c.id = a.callback_id WHERE c.caller_number = ? ORDER BY a.id", String.class, caller))
                .containsExactly("BUSY", "REACHED");
            assertThat(jdbc.queryForObject("SELECT status FROM telephony_callback WHERE caller_number = ?",
                String.class, caller)).isEqualTo("DONE");
            assertThat(agent.javaScriptErrors()).isEmpty();
        }
    }

    @Test
    void anAgentListsTodaysTicketsAndLooksThemUpByPhoneAndWordsWithoutThePhoneInAnyUrl() {
        String phone = "139" + (10_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(89_999_999));
        String word = "查找" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "y");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "districtCode", "JC", "content", "公积金提取 " + word, "citizenPhone", phone));
        String mine = api.post("agent1", "/api/tickets", body).json().get("ticketNo").asText();
        body.remove("citizenPhone");
        String theirs = api.post("agent2", "/api/tickets", body).json().get("ticketNo").asText();

        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            agent.open("/#/mine");
            WebElement today = agent.waitFor(By.id("mine-table"));
            agent.waitFor(By.cssSelector("#mine-table tr[data-ticket='" + mine + "']"));
            assertThat(today.findElements(By.cssSelector("tr[data-ticket='" + theirs + "']"))).isEmpty();
            agent.screenshot("agent-mine-today");

            agent.open("/#/lookup");
            WebElement query = agent.waitFor(By.id("lookup-query"));
            query.sendKeys(phone, Keys.ENTER);
            WebElement byPhone = agent.waitFor(By.cssSelector("#lookup-table tr[data-ticket='" + mine + "']"));
            assertThat(agent.all(By.cssSelector("#lookup-table tr[data-ticket]"))).hasSize(1);
            assertThat(byPhone.getText()).contains("市住房公积金管理中心");
            Object urls = agent.driver().executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).join(' ') + ' ' + location.href");
            assertThat(String.valueOf(urls)).contains("/api/tickets/search").doesNotContain(phone);

            query = agent.driver().findElement(By.id("lookup-query"));
            query.clear();
            query.sendKeys(word);
            new Select(agent.driver().findElement(By.name("district"))).selectByValue("JC");
            agent.click(By.id("lookup-submit"));
            agent.waitFor(By.cssSelector("#lookup-table tr[data-ticket='" + theirs + "']"));
            agent.waitFor(By.cssSelector("#lookup-table tr[data-ticket='" + mine + "']"));
            assertThat(agent.driver().findElement(By.id("lookup-table-shown")).getText()).contains("2");
            agent.screenshot("agent-lookup-words");
            assertThat(agent.javaScriptErrors()).isEmpty();
        }
    }

    @Test
    void aDepartmentSeesItsQueueByDeadlineAndHearsTheLinkedCallsRecordingWithAReason() throws Exception {
        AmiFixture call = TestCalls.recordedCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("supervisor1", "/api/calls/" + callId).json()
            .hasNonNull("recordingFile"));
        TestApi.Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "districtCode", "JC", "citizenPhone", TestCalls.callerOf(call),
            "content", "公积金贷款审批超过一个月没有结果", "callId", callId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("supervisor1", "/api/calls/" + callId).json()
            .get("ticketNos").toString().contains(no));
        AMI.play(call.eventsAfter("Event: AgentConnect"));
        // Asterisk writes <call id>.wav into its monitor directory, which the application reads as its recordings dir.
        java.nio.file.Path dir = telephony.getRecordings().getDir();
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(callId + ".wav"), silentWav());
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);

        try (Browser department = new Browser(port)) {
            department.logIn("dept-gjj");
            department.open("/#/queue/to-sign");
            department.showQueueRow(no);
            List<Long> dues = department.all(By.cssSelector("#ticket-table .countdown[data-due]")).stream()
                .map(c -> java.time.Instant.parse(c.getAttribute("data-due")).toEpochMilli()).toList();
            assertThat(dues).isNotEmpty().isSorted();

            department.open("/#/ticket/" + no);
            WebElement linked = department.waitFor(By.cssSelector("#ticket-calls li[data-call='" + callId + "']"));
            assertThat(linked.getText()).contains("agent1");
            department.click(By.cssSelector("#ticket-calls button.play-recording"));
            WebElement reason = department.waitFor(By.id("recording-reason"));
            reason.clear();
            reason.sendKeys("核实来电诉求");
            department.click(By.cssSelector("#recording-dialog button.confirm"));
            WebElement audio = department.waitFor(By.cssSelector("#ticket-calls [data-player] audio"));
            assertThat(audio.getAttribute("src")).startsWith("blob:");
            department.screenshot("department-ticket-recording");
            assertThat(jdbc.queryForList("SELECT reason FROM telephony_recording_access WHERE call_id = ? "
                + "AND actor = 'dept-gjj'", String.class, callId)).containsExactly("核实来电诉求");
            assertThat(department.javaScriptErrors()).isEmpty();
        }
    }

    /** A valid WAV file of a tenth of a second of silence (8 kHz, 16 bit, mono), which Chromium can decode. */
    private static byte[] silentWav() {
        int samples = 800;
        java.nio.ByteBuffer wav = java.nio.ByteBuffer.allocate(44 + samples * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
            .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
            .putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
            .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(samples * 2);
        return wav.array();
    }

    @Test
    void anEmergencyTransferNeedsConfirmationAndRedirectsTheCall() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            awaitPushOpen(agent);
            AMI.play(call.eventsThrough("Event: AgentConnect"));
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("agent1", "/api/calls/" + callId).status() == 200);
            agent.click(By.cssSelector("#screen-pop button[data-emergency='119']"));
            WebElement dialog = agent.waitFor(By.id("transfer-confirm"));
            assertThat(dialog.getText()).contains("火警");
            agent.screenshot("agent-emergency-confirm");
            int redirects = AMI.actions("Redirect").size();
            agent.click(By.cssSelector("#transfer-confirm button.confirm"));
            await().atMost(Duration.ofSeconds(10)).until(() -> AMI.actions("Redirect").size() > redirects);
            List<Map<String, String>> redirected = AMI.actions("Redirect");
            assertThat(redirected.get(redirected.size() - 1)).containsEntry("Context", "emergency").containsEntry("Exten", "119");
            // The audit row follows the Redirect action (the transfer's event is recorded after the action is sent).
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM telephony_transfer_audit WHERE call_id = ? AND target = '119'", Integer.class, callId) == 1);
            assertThat(agent.javaScriptErrors()).isEmpty();
        } finally {
            AMI.play(call.eventsAfter("Event: AgentConnect"));
        }
    }

    @Test
    void aThreeWayCallIsStartedFromTheScreenPopAndTheAgentLeavesOnceTheDepartmentJoined() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            awaitPushOpen(agent);
            AMI.play(call.eventsThrough("Event: AgentConnect"));
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("agent1", "/api/calls/" + callId).status() == 200);
            new Select(agent.waitFor(By.id("transfer-department"))).selectByValue("GJJ");
            Select mode = new Select(agent.waitFor(By.id("transfer-mode")));
            assertThat(mode.getOptions()).extracting(WebElement::getText).containsExactly("直接转接", "咨询转接", "三方通话");
            mode.selectByValue("conference");
            int originates = AMI.actions("Originate").size();
            agent.click(By.id("transfer-button"));
            agent.waitFor(By.id("transfer-confirm"));
            agent.click(By.cssSelector("#transfer-confirm button.confirm"));
            await().atMost(Duration.ofSeconds(10)).until(() -> AMI.actions("Originate").size() > originates);
            Map<String, String> originate = AMI.actions("Originate").get(AMI.actions("Originate").size() - 1);
            assertThat(originate).containsEntry("Exten", callId).containsEntry("Context", "conference-staff");
            WebElement steps = agent.waitFor(By.id("transfer-steps"));
            assertThat(steps.getText()).contains("三方通话");
            agent.screenshot("agent-three-way-call");
            AmiFixture transcript = AmiFixture.load("ami-conference.txt.server.raw")
                .replacing("17953902", callId.substring(0, callId.indexOf('.') - 2))
                .replacing("hotline-3way-0f5c2a9e-7d41-4b8a-9c36-2e8d1f4a6b70", originate.get("ChannelId"));
            List<String> events = transcript.unsolicitedEvents();
            AMI.play(events.subList(0, events.indexOf(transcript.first("Event: ConfbridgeLeave"))));
            AMI.send(transcript.first("Event: OriginateResponse").replaceFirst("ActionID: [^\r]*",
                java.util.regex.Matcher.quoteReplacement("ActionID: " + originate.get("ActionID"))));
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                + "telephony_transfer_audit WHERE call_id = ? AND outcome = 'JOINED'", Integer.class, callId) == 1);

            agent.click(By.id("transfer-complete"));

            await().atMost(Duration.ofSeconds(10)).until(() -> !AMI.actions("ConfbridgeKick").isEmpty()
                && callId.equals(AMI.actions("ConfbridgeKick").get(AMI.actions("ConfbridgeKick").size() - 1)
                    .get("Conference")));
            agent.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("transfer-steps")));
            assertThat(agent.javaScriptErrors()).isEmpty();
            AMI.play(events.subList(events.indexOf(transcript.first("Event: ConfbridgeLeave")), events.size()));
        } finally {
            AMI.play(call.eventsAfter("Event: AgentConnect"));
        }
    }

    @Test
    void aDepartmentUserIsRefusedAnotherDepartmentsTicketByUrl() {
        String no = register("C0704", null, "江城区滨江路的路灯连续三晚不亮");
        try (Browser department = new Browser(port)) {
            department.logIn("dept-gjj");
            department.open("/#/ticket/" + no);
            WebElement error = department.waitFor(By.id("ticket-error"));
            assertThat(error.getText()).isEqualTo("工单不存在或无权查看");
            assertThat(department.all(By.id("ticket-content"))).isEmpty();
            department.screenshot("department-refused-other-ticket");
            assertThat(department.javaScriptErrors("/api/tickets/" + no)).isEmpty();
        }
    }

    @Test
    void anAgentIsRefusedTheAdministrationPages() {
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            assertThat(agent.all(By.cssSelector("#nav a[data-nav=admin]"))).isEmpty();
            agent.open("/#/admin/users");
            assertThat(agent.waitFor(By.id("refused")).getText()).isEqualTo("您的角色无权访问此页面");
            assertThat(agent.all(By.id("user-table"))).isEmpty();
            agent.screenshot("agent-refused-admin");
            assertThat(agent.javaScriptErrors()).isEmpty();
        }
        assertThat(api.get("agent1", "/api/admin/users").status()).isEqualTo(403);
    }

    @Test
    void aSignCountdownTurnsToTheWarningColour() {
        assertThat(api.put("admin", "/api/admin/routing-rules", Map.of("categoryCode", "C0705", "districtCode", "LG",
            "departmentCode", "CGJ", "priority", 1, "signDeadlineMinutes", 1)).status()).isEqualTo(200);
        try (Browser department = new Browser(port)) {
            department.logIn("dept-cgj");
            department.open("/#/queue/to-sign");
            department.waitFor(By.id("ticket-table"));
            String no = register("C0705", "LG", "临港区港城大道井盖缺失，夜间很危险");
            assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of()).status()).isEqualTo(200);
            By countdown = By.cssSelector("tr[data-ticket='" + no + "'] .countdown");
            department.await().until(ExpectedConditions.attributeContains(department.waitFor(countdown), "class", "cd-ok"));
            department.screenshot("department-countdown-ok");
            new org.openqa.selenium.support.ui.WebDriverWait(department.driver(), Duration.ofSeconds(90))
                .until(d -> d.findElement(countdown).getAttribute("class").contains("cd-warning"));
            department.screenshot("department-countdown-warning");
            assertThat(department.javaScriptErrors()).isEmpty();
        } finally {
            api.delete("admin", "/api/admin/routing-rules?category=C0705&district=LG");
        }
    }

    @Test
    void aRoutingRuleEditedInTheTableRoutesTheNextRegistrationAndCanBeRolledBack() {
        api.delete("admin", "/api/admin/routing-rules?category=C0704&district=LG");
        int before = api.get("admin", "/api/admin/routing-rules").json().get("decisionVersion").asInt();
        try (Browser admin = new Browser(port)) {
            admin.logIn("admin");
            admin.open("/#/admin/rules");
            WebElement row = admin.waitFor(By.id("new-rule"));
            new Select(row.findElement(By.name("categoryCode"))).selectByValue("C0704");
            new Select(row.findElement(By.name("districtCode"))).selectByValue("LG");
            new Select(row.findElement(By.name("departmentCode"))).selectByValue("LG_GOV");
            admin.click(By.cssSelector("#new-rule button.btn-success"));
            WebElement change = admin.waitFor(By.id("rules-change"));
            int deployed = api.get("admin", "/api/admin/routing-rules").json().get("decisionVersion").asInt();
            assertThat(deployed).isGreaterThan(before);
            assertThat(change.getText()).contains("v" + deployed).contains("路灯故障").contains("临港区")
                .contains("临港区人民政府");
            admin.waitFor(By.cssSelector("tr[data-rule='C0704|LG|']"));
            admin.screenshot("admin-routing-rules");

            String no = register("C0704", "LG", "临港区港城大道路灯全部不亮");
            JsonNode routed = api.get("agent1", "/api/tickets/" + no).json();
            assertThat(routed.get("departmentCode").asText()).isEqualTo("LG_GOV");
            assertThat(routed.get("routingDecisionVersion").asInt()).isEqualTo(deployed);

            admin.click(By.id("rules-undo"));
            admin.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-rule='C0704|LG|']")));
            assertThat(admin.javaScriptErrors()).isEmpty();
        }
        assertThat(api.get("admin", "/api/admin/routing-rules").body())
            .doesNotContain("\"categoryCode\":\"C0704\",\"districtCode\":\"LG\"");
        String after = register("C0704", "LG", "临港区港城大道路灯还是不亮");
        assertThat(api.get("agent1", "/api/tickets/" + after).json().get("departmentCode").asText()).isEqualTo("CGJ");
    }

    @Test
    void anAdministratorAddsRenamesAndRetiresADistrictOnTheCataloguePage() {
        String code = "JC8" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 99_999);
        try (Browser admin = new Browser(port)) {
            admin.logIn("admin");
            admin.open("/#/admin/catalogue");
            admin.click(By.cssSelector("button.add-entry[data-kind=districts]"));
            WebElement form = admin.waitFor(By.id("catalogue-form"));
            form.findElement(By.name("code")).sendKeys(code);
            form.findElement(By.name("name")).sendKeys("试点街道");
            new Select(form.findElement(By.name("level"))).selectByValue("street");
            new Select(form.findElement(By.name("parentCode"))).selectByValue("JC");
            admin.click(By.cssSelector("#catalogue-dialog .modal-footer .btn-primary"));
            WebElement row = admin.waitFor(By.cssSelector("#catalogue-districts tr[data-code='" + code + "']"));
            assertThat(row.getText()).contains("试点街道").contains("街道/镇");

            admin.click(By.cssSelector("#catalogue-districts tr[data-code='" + code + "'] button.rename"));
            WebElement name = admin.waitFor(By.cssSelector("#rename-dialog input[name=name]"));
            name.clear();
            name.sendKeys("示范街道");
            admin.click(By.cssSelector("#rename-dialog .modal-footer .btn-primary"));
            admin.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#catalogue-districts tr[data-code='" + code + "']"), "示范街道"));
            admin.screenshot("admin-catalogue");

            // One dialog at a time: Bootstrap does not open the confirmation while the rename dialog is still closing.
            admin.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rename-dialog")));
            admin.await().until(d -> d.findElements(By.cssSelector(".modal-backdrop")).isEmpty());
            admin.click(By.cssSelector("#catalogue-districts tr[data-code='" + code + "'] button.retire"));
            admin.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#retire-confirm button.confirm")));
            admin.click(By.cssSelector("#retire-confirm button.confirm"));
            admin.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-retired=districts]"), code));
            assertThat(admin.all(By.cssSelector("#catalogue-districts tr[data-code='" + code + "']"))).isEmpty();
            assertThat(admin.javaScriptErrors()).isEmpty();
        }
        assertThat(api.get("agent1", "/api/districts").body()).doesNotContain(code);
    }

    @Test
    void anAdministratorDisablesReenablesAndMovesAUserFromTheUserTable() {
        String username = "clerk" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 99_999);
        assertThat(api.post("admin", "/api/admin/users", Map.of("username", username, "password", "Jianghai-12345-ok",
            "role", "AGENT")).status()).isEqualTo(201);
        try (Browser admin = new Browser(port)) {
            admin.logIn("admin");
            admin.open("/#/admin/users");
            By row = By.cssSelector("#user-table tr[data-user='" + username + "']");
            admin.click(By.cssSelector("#user-table tr[data-user='" + username + "'] button.toggle-user"));
            admin.click(By.cssSelector("#disable-confirm button.confirm"));
            admin.await().until(ExpectedConditions.textToBePresentInElementLocated(row, "否"));

            admin.click(By.cssSelector("#user-table tr[data-user='" + username + "'] button.toggle-user"));
            admin.await().until(ExpectedConditions.textToBePresentInElementLocated(row, "是"));

            admin.click(By.cssSelector("#user-table tr[data-user='" + username + "'] button.change-role"));
            new Select(admin.waitFor(By.cssSelector("#role-dialog select[name=role]"))).selectByValue("DISPATCHER");
            admin.click(By.cssSelector("#role-dialog .modal-footer .btn-primary"));
            admin.await().until(ExpectedConditions.textToBePresentInElementLocated(row, "派单/审核员"));
            admin.screenshot("admin-users");
            assertThat(admin.javaScriptErrors()).isEmpty();
        }
        assertThat(api.get("admin", "/api/admin/users").body()).contains(username);
    }

    @Test
    void theLanguageSwitchTurnsTheConsoleIntoEnglishAndBack() {
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            assertThat(agent.driver().findElement(By.cssSelector("#nav a[data-nav=desk]")).getText()).isEqualTo("坐席工作台");
            new Select(agent.driver().findElement(By.id("lang"))).selectByValue("en");
            agent.await().until(ExpectedConditions.textToBe(By.cssSelector("#nav a[data-nav=desk]"), "Agent desk"));
            agent.waitFor(By.cssSelector("body[data-ready=true]"));
            assertThat(agent.driver().findElement(By.id("agent-state")).getText()).isNotBlank();
            assertThat(agent.driver().findElement(By.id("register-submit")).getText()).startsWith("Register");
            agent.screenshot("agent-desk-english");
            new Select(agent.driver().findElement(By.id("lang"))).selectByValue("zh-CN");
            agent.await().until(ExpectedConditions.textToBe(By.cssSelector("#nav a[data-nav=desk]"), "坐席工作台"));
            assertThat(agent.javaScriptErrors()).isEmpty();
        }
    }

    @Test
    void theAgentDeskSendsHeartbeatsSoTheAgentStaysOnlineAfterReady() {
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent2");
            agent.click(By.id("state-ready"));
            agent.await().until(ExpectedConditions.attributeToBe(By.id("agent-state"), "data-state", "ready"));
            Long first = heartbeatOf("agent2");
            await().atMost(Duration.ofSeconds(40)).until(() -> heartbeatOf("agent2") > first);
            assertThat(agent.javaScriptErrors()).isEmpty();
        }
    }

    /** Every page of every role renders without a browser error; a screenshot of each. */
    @Test
    void everyPageRendersWithoutErrors() {
        String no = register("C0401", null, "公积金贷款审批进度查询");
        Map<String, List<String[]>> pages = new java.util.LinkedHashMap<>();
        pages.put("agent1", List.of(new String[] {"/#/desk", "register-form"}, new String[] {"/#/mine", "mine-table"},
            new String[] {"/#/lookup/13800138000", "lookup-results"}, new String[] {"/#/kb", "kb-query"},
            new String[] {"/#/ticket/" + no, "timeline"}));
        pages.put("dispatcher1", List.of(new String[] {"/#/queue/to-dispatch", "ticket-table"},
            new String[] {"/#/queue/returned", "ticket-table"}, new String[] {"/#/queue/extensions", "ticket-table"},
            new String[] {"/#/queue/to-review", "ticket-table"}, new String[] {"/#/queue/follow-up", "ticket-table"}));
        pages.put("dept-gjj", List.of(new String[] {"/#/queue/to-sign", "ticket-table"},
            new String[] {"/#/queue/handling", "ticket-table"}, new String[] {"/#/queue/awaiting", "ticket-table"},
            new String[] {"/#/lookup/%E5%85%AC%E7%A7%AF%E9%87%91", "lookup-table"}));
        pages.put("supervisor1", List.of(new String[] {"/#/queue/overdue", "ticket-table"}, new String[] {"/#/callbacks", "callback-table"},
            new String[] {"/#/lookup/%E5%85%AC%E7%A7%AF%E9%87%91", "lookup-table"}));
        pages.put("admin", List.of(new String[] {"/#/admin/users", "user-table"}, new String[] {"/#/admin/rules", "rules-table"},
            new String[] {"/#/admin/calendar", "calendar"}, new String[] {"/#/admin/kb", "kb-table"},
            new String[] {"/#/admin/voided", "voided-result"}, new String[] {"/#/admin/catalogue", "admin-catalogue"}));
        pages.forEach((user, routes) -> {
            try (Browser browser = new Browser(port)) {
                browser.logIn(user);
                for (String[] route : routes) {
                    browser.open(route[0]);
                    browser.waitFor(By.cssSelector("body[data-ready=true]"));
                    browser.waitFor(By.id(route[1]));
                    browser.screenshot(user + "-" + route[0].replaceAll("[^a-z0-9-]+", "-").replaceAll("^-|-$", ""));
                }
                assertThat(browser.javaScriptErrors()).as(user).isEmpty();
            }
        });
    }

    private Long heartbeatOf(String agent) {
        for (JsonNode status : api.get("supervisor1", "/api/agents").json()) {
            if (agent.equals(status.get("agent").asText()) && status.hasNonNull("lastHeartbeat")) {
                return java.time.Instant.parse(status.get("lastHeartbeat").asText()).toEpochMilli();
            }
        }
        return 0L;
    }

    private String register(String category, String district, String content) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("channel", "phone", "type", "complaint",
            "categoryCode", category, "content", content));
        if (district != null) {
            body.put("districtCode", district);
        }
        TestApi.Response created = api.post("agent1", "/api/tickets", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("ticketNo").asText();
    }

    private String status(String no) {
        return api.get("dispatcher1", "/api/tickets/" + no).json().get("status").asText();
    }

    private static void act(Browser browser, String action) {
        browser.click(By.cssSelector("#ticket-actions button[data-action='" + action + "']"));
        browser.click(By.cssSelector("#action-form button[type=submit]"));
    }

    private static void awaitStatus(Browser browser, String status) {
        browser.waitFor(By.cssSelector("#ticket[data-status=" + status + "]"));
    }

    private static void awaitPushOpen(Browser browser) {
        browser.waitFor(By.cssSelector("body[data-push=open]"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> result = new java.util.ArrayList<>();
        array.forEach(result::add);
        return result;
    }
}
