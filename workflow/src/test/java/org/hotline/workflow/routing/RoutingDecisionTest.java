package org.hotline.workflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.hotline.workflow.RoutingRule;
import org.hotline.workflow.Urgency;
import org.junit.jupiter.api.Test;

class RoutingDecisionTest {
    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static final List<RoutingRule> RULES = List.of(
            new RoutingRule("C0701", "*", "CGJ", 9),
            new RoutingRule("C0701", "JC", "JC_GOV", 1),
            new RoutingRule("C0704", "*", "CGJ", 9),
            new RoutingRule("C0704", "DH", "DH_GOV", 1),
            new RoutingRule("C1201", "*", "SWJT", 9, 20, 1, Urgency.URGENT),
            new RoutingRule("C1201", "*", "SWJT", 9));

    private static DmnDecisionResultEntries route(int version, String category, String district, String urgency) {
        DmnModelInstance model = RoutingDecisionGenerator.generate(RULES, version);
        DmnDecision decision = ENGINE.parseDecision(RoutingDecisionGenerator.DECISION_KEY, model);
        return ENGINE.evaluateDecision(decision,
                Map.of("categoryCode", category, "districtCode", district, "urgency", urgency)).getFirstResult();
    }

    @Test
    void exactDistrictRuleBeatsTheWildcard() {
        assertThat((String) route(3, "C0701", "JC", "normal").getEntry("departmentCode")).isEqualTo("JC_GOV");
        assertThat((String) route(3, "C0704", "DH", "normal").getEntry("departmentCode")).isEqualTo("DH_GOV");
    }

    @Test
    void unknownOrOtherDistrictFallsBackToTheWildcard() {
        assertThat((String) route(3, "C0701", "HB", "normal").getEntry("departmentCode")).isEqualTo("CGJ");
        assertThat((String) route(3, "C0701", "", "normal").getEntry("departmentCode")).isEqualTo("CGJ");
    }

    @Test
    void urgencySpecificRuleCarriesItsDeadlines() {
        DmnDecisionResultEntries urgent = route(3, "C1201", "JC", "urgent");
        assertThat((Integer) urgent.getEntry("signMinutes")).isEqualTo(20);
        assertThat((Integer) urgent.getEntry("handleDays")).isEqualTo(1);
        DmnDecisionResultEntries normal = route(3, "C1201", "JC", "normal");
        assertThat(normal.getEntryMap().get("signMinutes")).isNull();
        assertThat(normal.getEntryMap().get("handleDays")).isNull();
    }

    @Test
    void everyResultReportsTheVersionItWasGeneratedFor() {
        assertThat((Integer) route(7, "C0701", "JC", "normal").getEntry("routingVersion")).isEqualTo(7);
    }

    @Test
    void unknownCategoryMatchesNoRule() {
        DmnModelInstance model = RoutingDecisionGenerator.generate(RULES, 1);
        DmnDecision decision = ENGINE.parseDecision(RoutingDecisionGenerator.DECISION_KEY, model);
        assertThat(ENGINE.evaluateDecision(decision,
                Map.of("categoryCode", "C9999", "districtCode", "JC", "urgency", "normal"))).isEmpty();
    }

    @Test
    void anEmptyRuleTableIsAValidDecisionThatMatchesNothing() {
        DmnDecision decision = ENGINE.parseDecision(RoutingDecisionGenerator.DECISION_KEY,
                RoutingDecisionGenerator.generate(List.of(), 1));
        assertThat(ENGINE.evaluateDecision(decision,
                Map.of("categoryCode", "C0101", "districtCode", "", "urgency", "normal"))).isEmpty();
    }

    @Test
    void hashIgnoresRuleOrderButSeesChanges() {
        List<RoutingRule> reversed = new java.util.ArrayList<>(RULES);
        java.util.Collections.reverse(reversed);
        assertThat(RoutingDecisionGenerator.hash(reversed)).isEqualTo(RoutingDecisionGenerator.hash(RULES));
        List<RoutingRule> changed = new java.util.ArrayList<>(RULES);
        changed.set(0, new RoutingRule("C0701", "*", "JTJ", 9));
        assertThat(RoutingDecisionGenerator.hash(changed)).isNotEqualTo(RoutingDecisionGenerator.hash(RULES));
    }

    @Test
    void aTableRestrictedToACategoryDecidesLikeTheWholeTable() {
        // Random rule sets over few codes, so categories share districts and urgency overrides collide.
        java.util.Random random = new java.util.Random(20261206);
        String[] categories = {"C0101", "C0102", "C0701", "C0704", "C1201"};
        String[] districts = {"*", "JC", "DH", "GX"};
        String[] departments = {"SBZX", "CGJ", "JC_GOV", "DH_GOV", "SWJT"};
        for (int set = 0; set < 20; set++) {
            java.util.Map<String, RoutingRule> rules = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 25; i++) {
                String category = categories[random.nextInt(categories.length)];
                String district = districts[random.nextInt(districts.length)];
                Urgency urgency = random.nextBoolean() ? null : Urgency.URGENT;
                rules.put(category + district + urgency, new RoutingRule(category, district,
                        departments[random.nextInt(departments.length)], random.nextInt(10),
                        random.nextBoolean() ? null : 10 + random.nextInt(50), null, urgency));
            }
            DmnModelInstance model = RoutingDecisionGenerator.generate(List.copyOf(rules.values()), set + 1);
            DmnDecision whole = ENGINE.parseDecision(RoutingDecisionGenerator.DECISION_KEY, model);
            for (String category : new String[] {"C0101", "C0102", "C0701", "C0704", "C1201", "C9999"}) {
                DmnDecision restricted = ENGINE.parseDecision(RoutingDecisionGenerator.DECISION_KEY,
                        RoutingDecisionGenerator.restrictedTo(model, category));
                for (String district : new String[] {"JC", "DH", "GX", "HB", ""}) {
                    for (String urgency : new String[] {"normal", "urgent"}) {
                        Map<String, Object> inputs = Map.of("categoryCode", category, "districtCode", district,
                                "urgency", urgency);
                        assertThat(ENGINE.evaluateDecision(restricted, inputs).getResultList())
                                .as("set %d, %s", set, inputs)
                                .isEqualTo(ENGINE.evaluateDecision(whole, inputs).getResultList());
                    }
                }
            }
        }
    }

    @Test
    void restrictingKeepsOnlyTheCategorysRulesAndLeavesTheModelAlone() {
        DmnModelInstance model = RoutingDecisionGenerator.generate(RULES, 1);
        DmnModelInstance restricted = RoutingDecisionGenerator.restrictedTo(model, "C0701");
        assertThat(restricted.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class)).hasSize(2);
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class))
                .hasSize(RULES.size());
        assertThat(RoutingDecisionGenerator.restrictedTo(model, "C9999")
                .getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class)).isEmpty();
    }
}
