package org.hotline.console.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline.telephony.CitizenNotice;
import org.junit.jupiter.api.Test;

class CitizenNoticeKeysTest {

    @Test
    void aKeyIsItsPartsJoinedByColons() {
        assertThat(CitizenNoticeWiring.key("closed", "JH20261207000001", "13800138000"))
            .isEqualTo("closed:JH20261207000001:13800138000");
    }

    @Test
    void anAddressTooLongForAKeyIsReplacedByItsDigestSoThatKeysStayDistinct() {
        String longAddress = "a".repeat(200) + "@example.cn";
        String otherLongAddress = "b".repeat(200) + "@example.cn";

        String key = CitizenNoticeWiring.key("closed", "JH20261207000001", longAddress);

        assertThat(key).startsWith("closed:JH20261207000001:").hasSizeLessThanOrEqualTo(CitizenNotice.MAX_KEY)
            .doesNotContain("@");
        assertThat(key).isEqualTo(CitizenNoticeWiring.key("closed", "JH20261207000001", longAddress));
        assertThat(key).isNotEqualTo(CitizenNoticeWiring.key("closed", "JH20261207000001", otherLongAddress));
    }
}
