package org.hotline.console.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screen-pop in real Chromium shows the caller's contacts over other channels ("其他渠道来件") and opens one of
 * them in the contact view; the register form, holding the caller's number, says how many there are.
 */
class ScreenPopHistoryPageIT extends HotlineIntegrationSupport {

    @Autowired
    Contacts contacts;

    @BeforeEach
    void connect() {
        await().atMost(Duration.ofSeconds(15)).until(AMI::hasClient);
    }

    @Test
    void theScreenPopListsTheCallersWebContactAndOpensIt() {
        AmiFixture call = TestCalls.answeredCall();
        String caller = TestCalls.callerOf(call);
        Contact web = contacts.receive(new InboundMessage(ContactChannel.WEB, null,
            List.of(CitizenIdentity.of(IdentityKind.PHONE, caller, "phone")), null, "网上反映：夜间施工噪音扰民",
            List.of(), null, null, null, null, Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS)))
            .contact();
        try (Browser agent = new Browser(port)) {
            agent.logIn("agent1");
            agent.waitFor(By.id("register-form"));
            agent.waitFor(By.cssSelector("body[data-push=open]"));
            AMI.play(call.eventsThrough("Event: AgentConnect"));

            WebElement pop = agent.waitFor(By.id("screen-pop"));
            agent.await().until(ExpectedConditions.textToBePresentInElement(pop, caller));
            WebElement item = agent.waitFor(By.cssSelector("#pop-other-contacts li[data-contact='" + web.contactNo() + "']"));
            assertThat(pop.getText()).contains("其他渠道来件");
            assertThat(item.getText()).contains(web.contactNo()).contains("网站").contains("夜间施工噪音扰民");
            agent.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("citizen-history-hint"),
                "该市民在其他渠道有 1 条来件"));
            agent.screenshot("agent-screen-pop-other-channels");

            agent.click(By.cssSelector("#pop-other-contacts a[href='#/contacts/" + web.contactNo() + "']"));
            agent.waitFor(By.cssSelector("#contact-detail[data-contact='" + web.contactNo() + "']"));
            assertThat(agent.driver().findElement(By.id("citizen-history")).getText()).contains(web.contactNo());
            assertThat(agent.javaScriptErrors()).isEmpty();
        } finally {
            AMI.play(call.eventsAfter("Event: AgentConnect"));
        }
    }
}
