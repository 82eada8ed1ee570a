package org.hotline.console.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.hotline.knowledge.KbStatus;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.EmergencyService;
import org.hotline.telephony.IvrChoice;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Channel;
import org.hotline.workflow.Closure;
import org.hotline.workflow.KpiGroupBy;
import org.hotline.workflow.TicketStatus;
import org.hotline.workflow.TicketType;
import org.hotline.workflow.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The API's enum words, as the application configures them once for every module. */
class ApiEnumWordsTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().modulesToInstall(ApiEnumWords.module())
        .build();

    @Test
    void vocabularyEnumsAreLowerCaseWordsAndStatusesTheirNames() throws Exception {
        assertThat(json.writeValueAsString(List.of(Channel.WECHAT, TicketType.COMPLAINT, Urgency.URGENT,
            Closure.DIRECT_ANSWER, TicketStatus.IN_PROGRESS, Actor.Role.DEPARTMENT, KbStatus.PUBLISHED)))
            .isEqualTo("[\"wechat\",\"complaint\",\"urgent\",\"direct_answer\",\"IN_PROGRESS\",\"department\","
                + "\"published\"]");
        assertThat(json.writeValueAsString(List.of(Disposition.SHORT_ABANDON, AgentState.WRAP_UP,
            EmergencyService.POLICE_110, IvrChoice.TICKET_STATUS)))
            .isEqualTo("[\"short_abandon\",\"wrap_up\",\"110\",\"ticket_status\"]");
        assertThat(json.writeValueAsString(Map.of(Channel.SMS, 3))).isEqualTo("{\"sms\":3}");
    }

    @Test
    void theFiguresGroupingsAreSpelledAsTheAnalyticsContractWritesThem() throws Exception {
        assertThat(json.writeValueAsString(List.of(KpiGroupBy.NONE, KpiGroupBy.CATEGORY_GROUP, KpiGroupBy.AGENT)))
            .isEqualTo("[\"none\",\"categoryGroup\",\"agent\"]");
        assertThat(ApiEnumWords.parse(KpiGroupBy.class, "categoryGroup")).isEqualTo(KpiGroupBy.CATEGORY_GROUP);
        assertThat(json.readValue("\"district\"", KpiGroupBy.class)).isEqualTo(KpiGroupBy.DISTRICT);
        assertThatThrownBy(() -> ApiEnumWords.parse(KpiGroupBy.class, "weekday"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsWordsInAnyCaseWithHyphensAndRefusesUnknownOnes() throws Exception {
        assertThat(json.readValue("\"report\"", TicketType.class)).isEqualTo(TicketType.REPORT);
        assertThat(json.readValue("\"Direct-Answer\"", Closure.class)).isEqualTo(Closure.DIRECT_ANSWER);
        assertThat(json.readValue("\"119\"", EmergencyService.class)).isEqualTo(EmergencyService.FIRE_119);
        assertThat(json.readValue("\"IN_PROGRESS\"", TicketStatus.class)).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThatThrownBy(() -> json.readValue("\"pigeon\"", Channel.class))
            .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void requestParametersUseTheSameWords() {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        ApiEnumWords.addConverters(conversions);
        assertThat(conversions.convert("urgent", Urgency.class)).isEqualTo(Urgency.URGENT);
        assertThat(conversions.convert("URGENT", Urgency.class)).isEqualTo(Urgency.URGENT);
        assertThat(new DefaultConversionService().convert("IN_PROGRESS", TicketStatus.class))
            .isEqualTo(TicketStatus.IN_PROGRESS);
    }
}
