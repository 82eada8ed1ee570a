package org.hotline.telephony.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.CitizenNotices;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.NoticeDeliveryException;
import org.hotline.telephony.NoticeKind;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.WeChatMessageSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customer-service messages against a local stand-in for WeChat's API over real HTTP. */
class WeChatOutboundIT extends TelephonyIntegrationSupport {

    @Autowired
    WeChatMessageSender sender;
    @Autowired
    CitizenNotices notices;

    @Test
    void theTokenIsCachedAndFetchedAnewWhenWeChatCallsItExpired() {
        String openid = openid();
        sender.sendText(openid, "第一条");
        int tokens = WECHAT.tokensIssued();
        sender.sendText(openid, "第二条");
        assertThat(WECHAT.tokensIssued()).as("cached").isEqualTo(tokens);

        WECHAT.expireNext(1);
        sender.sendText(openid, "第三条");

        assertThat(WECHAT.tokensIssued()).as("fetched anew after 42001").isEqualTo(tokens + 1);
        assertThat(WECHAT.messages()).filteredOn(m -> m.path("touser").asText().equals(openid))
            .extracting(m -> m.path("text").path("content").asText()).containsExactly("第一条", "第二条", "第三条");
        assertThat(WECHAT.messages()).filteredOn(m -> m.path("touser").asText().equals(openid))
            .allSatisfy(m -> assertThat(m.path("msgtype").asText()).isEqualTo("text"));
    }

    @Test
    void anErrorCodeIsADeliveryFailure() {
        assertThatThrownBy(() -> sender.sendText("blocked" + UUID.randomUUID().toString().substring(0, 8), "晚了"))
            .isInstanceOf(NoticeDeliveryException.class).hasMessageContaining("45015");
        WECHAT.expireNext(2);
        assertThatThrownBy(() -> sender.sendText(openid(), "又过期")).isInstanceOf(NoticeDeliveryException.class)
            .hasMessageContaining("42001");
    }

    @Test
    void aNoticeToAFollowerLeavesAsACustomerServiceMessage() {
        String openid = openid();
        String key = "answer:" + UUID.randomUUID();

        assertThat(notices.enqueue(new CitizenNotice(key, NoticeKind.DIRECT_ANSWER,
            CitizenIdentity.of(IdentityKind.WECHAT, openid, "to"), "【12345热线】答复：工作日办理", null))).isTrue();

        JsonNode message = await().atMost(Duration.ofSeconds(20)).until(() -> WECHAT.messages().stream()
            .filter(m -> m.path("touser").asText().equals(openid)).findFirst().orElse(null), m -> m != null);
        assertThat(message.path("text").path("content").asText()).isEqualTo("【12345热线】答复：工作日办理");
    }

    private static String openid() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }
}
