package org.hotline.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ApiValuesTest {

    @Test
    void enumsParseFromWhatTheConsoleSends() {
        // Their JSON words are the application's configuration (web-console ApiEnumWordsTest).
        assertThat(Disposition.parse("ivr_only")).isEqualTo(Disposition.IVR_ONLY);
        assertThat(AgentState.parse("Paused")).isEqualTo(AgentState.PAUSED);
        assertThat(EmergencyService.parse("119")).contains(EmergencyService.FIRE_119);
        assertThat(EmergencyService.parse("999")).isEmpty();
        assertThat(IvrChoice.ofKey("3")).contains(IvrChoice.TICKET_STATUS);
        assertThat(IvrChoice.ofKey("#")).isEmpty();
    }

    @Test
    void callQueryRejectsOversizedOrInvertedRequests() {
        Instant now = Instant.now();

        assertThatThrownBy(() -> new CallQuery(now, now.minusSeconds(1), null, null, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallQuery(null, null, null, null, 0, CallQuery.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallQuery(null, null, "a".repeat(65), null, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallQuery(now.minus(CallQuery.MAX_RANGE).minusSeconds(1), now, null, null, 0,
                10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketStatusInfo("JH1", "../etc")).isInstanceOf(IllegalArgumentException.class);
    }
}
