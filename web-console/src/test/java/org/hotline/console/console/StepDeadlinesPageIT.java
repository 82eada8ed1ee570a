package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ticket page in real headless Chromium shows the step deadlines: a co-handler's missed contribution marked as
 * missed, the lead offered its reply anyway, and after the reply the review deadline.
 */
class StepDeadlinesPageIT extends HotlineIntegrationSupport {

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void theLeadSeesTheMissedContributionAndRepliesWithoutIt() {
        TestApi api = api();
        TestApi.Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0703", "content", "小区楼顶有人违章加盖，已持续一周。"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch",
            Map.of("departmentCode", "CGJ", "coHandlers", List.of("ZJJ"))).status()).isEqualTo(200);
        assertThat(api.post("dept-cgj", "/api/tickets/" + no + "/sign", Map.of()).status()).isEqualTo(200);
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("ticketLifecycle")
            .processInstanceBusinessKey(no).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance)
            .activityId("Timer_ContributionMissed").singleResult().getId());

        try (Browser lead = new Browser(port)) {
            lead.logIn("dept-cgj");
            lead.open("/#/ticket/" + no);
            WebElement missed = lead.waitFor(By.cssSelector("#ticket [data-deadline-state=missed]"));
            assertThat(missed.getText()).contains("已超期");
            assertThat(lead.waitFor(By.cssSelector("#co-handler-shares")).getText()).contains("市住房和城乡建设局");
            lead.screenshot("step-deadlines-contribution-missed");

            lead.click(By.cssSelector("#ticket-actions button[data-action='reply']"));
            lead.waitFor(By.cssSelector("#action-form textarea")).sendKeys("已拆除违建，住建局协办意见未到");
            lead.click(By.cssSelector("#action-form button[type=submit]"));
            lead.waitFor(By.cssSelector("#ticket[data-status=REPLIED]"));
            assertThat(lead.waitFor(By.cssSelector("#ticket")).getText()).contains("审核时限");
            lead.screenshot("step-deadlines-review-due");
            assertThat(lead.javaScriptErrors()).isEmpty();
        }
    }
}
