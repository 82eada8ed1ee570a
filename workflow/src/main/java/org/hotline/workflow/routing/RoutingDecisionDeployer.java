package org.hotline.workflow.routing;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.hotline.workflow.RoutingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys the generated decision when the rule set differs from the latest deployed one. The version predicted into
 * the table's {@code routingVersion} output is checked after deployment; when another node deployed in between,
 * the table is regenerated for the version it actually got, so the output always equals the evaluated version.
 */
@Component
class RoutingDecisionDeployer {
    private static final Logger log = LoggerFactory.getLogger(RoutingDecisionDeployer.class);
    private static final int ATTEMPTS = 5;

    private final RepositoryService repository;
    private final RoutingDecisionTask task;

    RoutingDecisionDeployer(RepositoryService repository, RoutingDecisionTask task) {
        this.repository = repository;
        this.task = task;
    }

    /** @return the version of the decision in force for these rules */
    int deployIfChanged(List<RoutingRule> rules) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            DecisionDefinition latest = latest(repository);
            int latestVersion = latest == null ? 0 : latest.getVersion();
            String tag = RoutingDecisionGenerator.versionTag(rules, latestVersion);
            if (latest != null && tag.equals(latest.getVersionTag())) {
                return latestVersion;
            }
            int predicted = latestVersion + 1;
            DmnModelInstance model = RoutingDecisionGenerator.generate(rules, predicted);
            repository.createDeployment().name("ticket-routing").source("hotline-workflow")
                    .addModelInstance("ticketRouting.dmn", model).deploy();
            task.forget();
            DecisionDefinition deployed = latest(repository);
            if (deployed != null && deployed.getVersion() == predicted) {
                log.info("routing decision deployed as version {} with {} rules", predicted, rules.size());
                return predicted;
            }
        }
        throw new IllegalStateException("could not deploy the routing decision with a consistent version");
    }

    /** @return the latest deployed version, 0 when none */
    int currentVersion() {
        DecisionDefinition latest = latest(repository);
        return latest == null ? 0 : latest.getVersion();
    }

    /** @return the latest deployed version of the decision, null when none */
    static DecisionDefinition latest(RepositoryService repository) {
        return repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(RoutingDecisionGenerator.DECISION_KEY).latestVersion().singleResult();
    }
}
