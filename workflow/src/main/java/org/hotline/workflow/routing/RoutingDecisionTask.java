package org.hotline.workflow.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The business rule task {@code Task_RouteTicket}: evaluates the latest deployed version of the DMN decision
 * {@code ticketRouting} on the process variables {@code categoryCode}, {@code districtCode} and {@code urgency},
 * and sets the first matching rule's outputs as transient process variables {@code routedDepartmentCode},
 * {@code routingSignMinutes}, {@code routingHandleDays} and {@code routingVersion} (null when no rule matches).
 * The registering service reads them when the start returns and keeps them on the ticket row.
 *
 * <p>The decision is parsed once per deployed version and kept. A new version deployed on this node is used from
 * the commit of its deployment on; one deployed by another node within {@link #RECHECK_NANOS} (5 s). A ticket's
 * category picks out the few rules that can match it ({@link RoutingDecisionGenerator#restrictedTo}), and only
 * those are evaluated. Thread-safe.
 */
@Component("routingDecisionTask")
class RoutingDecisionTask implements JavaDelegate {
    static final long RECHECK_NANOS = 5_000_000_000L;

    /*
     * Why not camunda:decisionRef: the engine's business rule task looks up the latest decision version with a
     * query on every evaluation and stores the raw result as a serialized transient variable; together that was
     * a fifth of a registration's CPU time. The standalone DMN engine evaluates the very same deployed model.
     * Why restricted tables: the engine tests every rule's first entry, at about 1.5 µs each; the sample city's
     * 161 rules made that a seventh of a registration's CPU time, while a category has at most 7 rules.
     */
    /** Bounds the restricted tables kept per version; beyond it, categories are evaluated on the whole table. */
    private static final int MAX_RESTRICTED = 2000;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final RepositoryService repository;
    private volatile Loaded loaded;
    /** Nanosecond clock of the recheck interval; tests replace it. */
    volatile LongSupplier ticker = System::nanoTime;

    /** A deployed version: its model, the whole decision and the tables restricted per category, made on demand. */
    private record Version(String definitionId, DmnModelInstance model, DmnDecision whole,
            Map<String, DmnDecision> byCategory) {
    }

    private record Loaded(Version version, long checkedAt) {
    }

    RoutingDecisionTask(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String category = (String) execution.getVariable(RoutingDecisionGenerator.CATEGORY_INPUT);
        VariableMap inputs = Variables.createVariables()
                .putValue(RoutingDecisionGenerator.CATEGORY_INPUT, category)
                .putValue("districtCode", execution.getVariable("districtCode"))
                .putValue("urgency", execution.getVariable("urgency"));
        DmnDecisionRuleResult first = dmn.evaluateDecisionTable(decisionFor(category), inputs).getFirstResult();
        Map<String, Object> outputs = first == null ? Map.of() : first.getEntryMap();
        execution.setVariable("routedDepartmentCode",
                Variables.stringValue((String) outputs.get("departmentCode"), true));
        execution.setVariable("routingSignMinutes", Variables.integerValue(integer(outputs.get("signMinutes")), true));
        execution.setVariable("routingHandleDays", Variables.integerValue(integer(outputs.get("handleDays")), true));
        execution.setVariable("routingVersion", Variables.integerValue(integer(outputs.get("routingVersion")), true));
    }

    /**
     * Makes the next evaluation look up the latest version again: right away, or after the commit when called in a
     * transaction (the new deployment is invisible to other transactions before).
     */
    void forget() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    loaded = null;
                }
            });
        } else {
            loaded = null;
        }
    }

    private DmnDecision decisionFor(String categoryCode) {
        Version version = version();
        if (categoryCode == null) {
            return version.whole();
        }
        DmnDecision restricted = version.byCategory().get(categoryCode);
        if (restricted != null) {
            return restricted;
        }
        // One at a time: copying reads the model's DOM, which is not safe for concurrent reading.
        synchronized (version) {
            restricted = version.byCategory().get(categoryCode);
            if (restricted == null) {
                if (version.byCategory().size() >= MAX_RESTRICTED) {
                    return version.whole();
                }
                restricted = dmn.parseDecision(RoutingDecisionGenerator.DECISION_KEY,
                        RoutingDecisionGenerator.restrictedTo(version.model(), categoryCode));
                version.byCategory().put(categoryCode, restricted);
            }
            return restricted;
        }
    }

    private Version version() {
        Loaded current = loaded;
        long now = ticker.getAsLong();
        long elapsed = current == null ? -1 : now - current.checkedAt();
        if (elapsed >= 0 && elapsed < RECHECK_NANOS) {
            return current.version();
        }
        DecisionDefinition latest = RoutingDecisionDeployer.latest(repository);
        if (latest == null) {
            throw new IllegalStateException("decision " + RoutingDecisionGenerator.DECISION_KEY + " is not deployed");
        }
        Version version;
        if (current != null && current.version().definitionId().equals(latest.getId())) {
            version = current.version();
        } else {
            // A model of our own, read from the deployed resource: the engine's cached instance is shared.
            DmnModelInstance model;
            try (InputStream resource = repository.getDecisionModel(latest.getId())) {
                model = Dmn.readModelFromStream(resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            version = new Version(latest.getId(), model,
                    dmn.parseDecision(RoutingDecisionGenerator.DECISION_KEY, model), new ConcurrentHashMap<>());
        }
        // Concurrent refreshes may overwrite each other; each stores the latest version it saw, all equally valid.
        loaded = new Loaded(version, now);
        return version;
    }

    private static Integer integer(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }
}
