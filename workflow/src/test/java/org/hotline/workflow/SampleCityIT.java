package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ClassPathResource;

/** Import of the sample city 江海市: taxonomy, routing, calendar and the training tickets' routing. */
class SampleCityIT extends WorkflowIntegrationTest {
    @Autowired
    OrgDirectory org;
    @Autowired
    RoutingRules rules;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    DecisionService decisions;
    @Autowired
    List<ApplicationRunner> runners;

    @Test
    void seedsTheWholeTaxonomy() {
        assertThat(org.districts()).hasSize(31);
        assertThat(org.departments()).hasSize(44);
        assertThat(org.categories()).hasSize(121);
        assertThat(rules.list()).hasSizeGreaterThanOrEqualTo(161);
        assertThat(org.department("JC01_JD")).hasValueSatisfying(d -> {
            assertThat(d.kind()).isEqualTo(DepartmentKind.STREET);
            assertThat(d.parentCode()).isEqualTo("JC_GOV");
        });
        assertThat(org.category("C1205")).hasValueSatisfying(c -> assertThat(c.handlingDays()).isEqualTo(1));
        assertThat(org.district("JC")).hasValueSatisfying(d -> assertThat(d.level()).isEqualTo(DistrictLevel.DISTRICT));
    }

    @Test
    void seedsTheTwoYearCalendar() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(calendar.year(2026)).hasSize(365)
                .filteredOn(d -> d.kind() == DayKind.WORKDAY).hasSize(6);
    }

    @Test
    void seedingAgainAddsNothing() throws Exception {
        int rulesBefore = rules.list().size();
        int departmentsBefore = org.departments().size();
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : runners) {
            if (runner.getClass().getPackageName().startsWith("org.hotline.workflow")) {
                runner.run(none);
            }
        }
        assertThat(rules.list()).hasSize(rulesBefore);
        assertThat(org.departments()).hasSize(departmentsBefore);
    }

    @Test
    void routesEveryTrainingTicketToItsExpectedDepartment() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("sample-city/tickets/train.jsonl").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode ticket = json.readTree(line);
                TicketType.fromChinese(ticket.get("type").asText());
                String district = ticket.get("district").isNull() ? "" : ticket.get("district").asText();
                Map<String, Object> result = decisions.evaluateDecisionByKey("ticketRouting")
                        .variables(Map.of("categoryCode", ticket.get("category").asText(), "districtCode", district,
                                "urgency", Urgency.fromJson(ticket.get("urgency").asText()).jsonValue()))
                        .evaluate().getSingleResult().getEntryMap();
                if (!ticket.get("department").asText().equals(result.get("departmentCode"))) {
                    mismatches.add(ticket.get("id").asText());
                }
                count++;
            }
        }
        assertThat(count).isEqualTo(300);
        assertThat(mismatches).isEmpty();
    }
}
