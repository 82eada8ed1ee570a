package org.hotline.workflow.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.hotline.workflow.RoutingRule;

/**
 * Generates the DMN decision {@code ticketRouting} from the routing-rule table. Stateless and thread-safe.
 *
 * <p>Inputs: {@code categoryCode}, {@code districtCode} (district level; empty when unknown), {@code urgency}
 * ({@code normal}/{@code urgent}). Outputs: {@code departmentCode}, {@code signMinutes}, {@code handleDays},
 * {@code routingVersion}. Hit policy FIRST over rules sorted by priority, then exact district before {@code *},
 * then a specific urgency before any, so the most specific applicable rule wins. Input entries are JUEL equality
 * tests and outputs JUEL constants: the engine evaluates every rule's entries, and JUEL does that about ten times
 * faster than FEEL, which matters with one rule per category and district. {@code routingVersion} is the
 * decision version this table is deployed as, so every evaluation reports the version that produced it; the
 * decision's version tag is a hash of the rules plus that version ({@link #versionTag}), used to detect changes
 * and to verify that the prediction held.
 */
final class RoutingDecisionGenerator {
    static final String DECISION_KEY = "ticketRouting";
    static final String HISTORY_TIME_TO_LIVE = "P180D";
    private static final String JUEL = "juel";
    /** The variable of the table's first input, the ticket's category; {@link #restrictedTo} relies on it. */
    static final String CATEGORY_INPUT = "categoryCode";
    private static final String EQUALS_PREFIX = "${cellInput == '";
    private static final String EQUALS_SUFFIX = "'}";
    /** Changes whenever the generated table's shape changes, so existing deployments are regenerated. */
    private static final String FORMAT = "routing-table-3";

    private RoutingDecisionGenerator() {
    }

    static List<RoutingRule> ordered(List<RoutingRule> rules) {
        List<RoutingRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt(RoutingRule::priority)
                .thenComparing(r -> "*".equals(r.districtCode()) ? 1 : 0)
                .thenComparing(r -> r.urgency() == null ? 1 : 0)
                .thenComparing(RoutingRule::categoryCode)
                .thenComparing(RoutingRule::districtCode));
        return sorted;
    }

    /** @return a stable hash of the rule set and of this generator's output format, independent of rule order */
    static String hash(List<RoutingRule> rules) {
        StringBuilder canonical = new StringBuilder(FORMAT).append('\n');
        for (RoutingRule rule : ordered(rules)) {
            canonical.append(rule.categoryCode()).append('|').append(rule.districtCode()).append('|')
                    .append(rule.urgency()).append('|').append(rule.departmentCode()).append('|')
                    .append(rule.priority()).append('|').append(rule.signDeadlineMinutes()).append('|')
                    .append(rule.handleDays()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    static String versionTag(List<RoutingRule> rules, int version) {
        return hash(rules) + "@" + version;
    }

    static DmnModelInstance generate(List<RoutingRule> rules, int version) {
        DmnModelInstance model = Dmn.createEmptyModel();
        Definitions definitions = model.newInstance(Definitions.class);
        definitions.setId("Definitions_TicketRouting");
        definitions.setName("Ticket routing");
        definitions.setNamespace("http://hotline.org/dmn/routing");
        model.setDefinitions(definitions);

        Decision decision = model.newInstance(Decision.class);
        decision.setId(DECISION_KEY);
        decision.setName("Route a ticket to its department");
        decision.setCamundaHistoryTimeToLiveString(HISTORY_TIME_TO_LIVE);
        decision.setVersionTag(versionTag(rules, version));
        definitions.addChildElement(decision);

        DecisionTable table = model.newInstance(DecisionTable.class);
        table.setId("DecisionTable_TicketRouting");
        table.setHitPolicy(HitPolicy.FIRST);
        decision.addChildElement(table);

        table.getInputs().add(input(model, "Input_Category", "Category", CATEGORY_INPUT));
        table.getInputs().add(input(model, "Input_District", "District", "districtCode"));
        table.getInputs().add(input(model, "Input_Urgency", "Urgency", "urgency"));
        table.getOutputs().add(output(model, "Output_Department", "departmentCode", "string"));
        table.getOutputs().add(output(model, "Output_SignMinutes", "signMinutes", "integer"));
        table.getOutputs().add(output(model, "Output_HandleDays", "handleDays", "integer"));
        table.getOutputs().add(output(model, "Output_RoutingVersion", "routingVersion", "integer"));

        int index = 0;
        for (RoutingRule rule : ordered(rules)) {
            Rule dmnRule = model.newInstance(Rule.class);
            dmnRule.setId("Rule_" + (++index));
            dmnRule.getInputEntries().add(inputEntry(model, rule.categoryCode()));
            String district = "*".equals(rule.districtCode()) ? null : rule.districtCode();
            dmnRule.getInputEntries().add(inputEntry(model, district));
            String urgency = rule.urgency() == null ? null : rule.urgency().jsonValue();
            dmnRule.getInputEntries().add(inputEntry(model, urgency));
            dmnRule.getOutputEntries().add(outputEntry(model, quoted(rule.departmentCode())));
            dmnRule.getOutputEntries().add(outputEntry(model, number(rule.signDeadlineMinutes())));
            dmnRule.getOutputEntries().add(outputEntry(model, number(rule.handleDays())));
            dmnRule.getOutputEntries().add(outputEntry(model, Integer.toString(version)));
            table.getRules().add(dmnRule);
        }
        Dmn.validateModel(model);
        return model;
    }

    /**
     * A copy of a deployed routing table without the rules that cannot match {@code categoryCode}: evaluating the
     * copy gives the same result as evaluating the whole table for every input with that category, because the
     * rules left keep their order and every rule removed tests the category for equality with another code.
     * Rules whose category entry this generator did not write stay, as does every rule of a table whose first
     * input is not the category.
     *
     * @param model a table of decision {@link #DECISION_KEY}; left unchanged
     */
    static DmnModelInstance restrictedTo(DmnModelInstance model, String categoryCode) {
        DmnModelInstance copy = model.clone();
        DecisionTable table = copy.getModelElementsByType(DecisionTable.class).stream()
                .filter(t -> t.getParentElement() instanceof Decision d && DECISION_KEY.equals(d.getId()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not a " + DECISION_KEY + " table"));
        Input first = table.getInputs().isEmpty() ? null : table.getInputs().iterator().next();
        if (first == null || first.getInputExpression() == null
                || !CATEGORY_INPUT.equals(first.getInputExpression().getTextContent().strip())) {
            return copy;
        }
        List<Rule> others = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            String tested = testedValue(rule.getInputEntries().iterator().next());
            if (tested != null && !tested.equals(categoryCode)) {
                others.add(rule);
            }
        }
        table.getRules().removeAll(others);
        return copy;
    }

    /** @return the value an input entry written by {@link #inputEntry} tests for, null for any other entry */
    private static String testedValue(InputEntry entry) {
        String text = entry.getTextContent() == null ? "" : entry.getTextContent().strip();
        if (!JUEL.equals(entry.getExpressionLanguage()) || !text.startsWith(EQUALS_PREFIX)
                || !text.endsWith(EQUALS_SUFFIX)) {
            return null;
        }
        String value = text.substring(EQUALS_PREFIX.length(), text.length() - EQUALS_SUFFIX.length());
        return value.indexOf('\'') >= 0 ? null : value;
    }

    private static Input input(DmnModelInstance model, String id, String label, String variable) {
        Input input = model.newInstance(Input.class);
        input.setId(id);
        input.setLabel(label);
        InputExpression expression = model.newInstance(InputExpression.class);
        expression.setId(id + "_Expression");
        expression.setTypeRef("string");
        expression.setExpressionLanguage(JUEL);
        expression.setText(text(model, variable));
        input.setInputExpression(expression);
        return input;
    }

    private static Output output(DmnModelInstance model, String id, String name, String type) {
        Output output = model.newInstance(Output.class);
        output.setId(id);
        output.setName(name);
        output.setLabel(name);
        output.setTypeRef(type);
        return output;
    }

    /** An input entry matching exactly {@code value}, or anything when null. */
    private static InputEntry inputEntry(DmnModelInstance model, String value) {
        InputEntry entry = model.newInstance(InputEntry.class);
        if (value == null) {
            entry.setText(text(model, ""));
        } else {
            entry.setExpressionLanguage(JUEL);
            entry.setText(text(model, EQUALS_PREFIX + value.replace("'", "") + EQUALS_SUFFIX));
        }
        return entry;
    }

    /** A constant output in JUEL, which the engine caches parsed; FEEL would parse it on every evaluation. */
    private static OutputEntry outputEntry(DmnModelInstance model, String value) {
        OutputEntry entry = model.newInstance(OutputEntry.class);
        if (value.isEmpty()) {
            entry.setText(text(model, ""));
        } else {
            entry.setExpressionLanguage(JUEL);
            entry.setText(text(model, "${" + value + "}"));
        }
        return entry;
    }

    private static Text text(DmnModelInstance model, String value) {
        Text text = model.newInstance(Text.class);
        text.setTextContent(value);
        return text;
    }

    private static String quoted(String value) {
        return "'" + value.replace("'", "") + "'";
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }
}
