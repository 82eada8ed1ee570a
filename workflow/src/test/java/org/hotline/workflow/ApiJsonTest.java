package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ticketNumbersAndStatusesNeedNoConfiguration() throws Exception {
        // The lower-case words of the vocabulary enums are the application's Jackson configuration
        // (web-console ApiEnumWords, tested by ApiEnumWordsTest); numbers and statuses are the same everywhere.
        assertThat(json.writeValueAsString(List.of(TicketStatus.IN_PROGRESS, TicketNo.parse("JH20261123000001"))))
                .isEqualTo("[\"IN_PROGRESS\",\"JH20261123000001\"]");
        assertThat(json.readValue("\"JH20261123000001\"", TicketNo.class).sequence()).isEqualTo(1);
    }

    @Test
    void mapsTheChineseTypesOfTheSampleData() {
        assertThat(TicketType.fromChinese("咨询")).isEqualTo(TicketType.CONSULTATION);
        assertThat(TicketType.fromChinese("表扬")).isEqualTo(TicketType.PRAISE);
        assertThatThrownBy(() -> TicketType.fromChinese("其他")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void registrationIsValidatedFieldByField() {
        RegisterTicket bad = new RegisterTicket(null, TicketType.HELP, "C01 01", null, "地".repeat(201),
                Urgency.NORMAL, "abc", null, " ", false, null);
        assertThatThrownBy(bad::validate).isInstanceOfSatisfying(InvalidTicketException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("channel", "categoryCode", "address",
                        "citizenPhone", "content"));
    }

    @Test
    void refusesControlCharactersAndBrokenSurrogates() {
        RegisterTicket bad = new RegisterTicket(Channel.WEB, TicketType.HELP, "C0101", null, null, Urgency.NORMAL,
                null, "a\u0000b", "x\uD800y", false, null);
        assertThatThrownBy(bad::validate).isInstanceOfSatisfying(InvalidTicketException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("citizenName", "content"));
    }

    @Test
    void acceptsEmojiInContent() {
        new RegisterTicket(Channel.WEB, TicketType.PRAISE, "C0101", null, null, Urgency.NORMAL, null, null,
                "谢谢社保中心👍", false, null).validate();
    }
}
