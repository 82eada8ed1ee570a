package org.hotline.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ApiValuesTest {

    @Test
    void enumsSerialiseInLowerCaseAndParseFromWhatTheConsoleSends() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.writeValueAsString(Disposition.SHORT_ABANDON)).isEqualTo("\"short_abandon\"");
        assertThat(json.writeValueAsString(AgentState.WRAP_UP)).isEqualTo("\"wrap_up\"");
        assertThat(json.writeValueAsString(EmergencyService.POLICE_110)).isEqualTo("\"110\"");
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
