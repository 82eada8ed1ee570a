package org.hotline.workflow.routing;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hotline.workflow.RoutingRule;
import org.hotline.workflow.seed.CsvFile;
import org.hotline.workflow.seed.SeedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds routing rules from {@code ${hotline.seed.location}taxonomy/routing.csv} when {@code hotline.seed.sample-city}
 * is on (only rules whose key is missing), then makes sure the decision {@code ticketRouting} deployed matches the
 * table, whether or not seeding is on, so registration always finds a decision.
 */
@Component
public class RoutingSeeder {
    private static final Logger log = LoggerFactory.getLogger(RoutingSeeder.class);

    private final SeedProperties properties;
    private final ResourceLoader resources;
    private final RoutingRuleMapper mapper;
    private final RoutingDecisionDeployer deployer;

    RoutingSeeder(SeedProperties properties, ResourceLoader resources, RoutingRuleMapper mapper,
            RoutingDecisionDeployer deployer) {
        this.properties = properties;
        this.resources = resources;
        this.mapper = mapper;
        this.deployer = deployer;
    }

    /**
     * Seeds when {@code hotline.seed.sample-city} is on, then deploys the decision if the table changed; called by
     * {@link org.hotline.workflow.seed.WorkflowSeeder} after the catalogue is seeded.
     */
    @Transactional
    public void run() {
        if (properties.isSampleCity()) {
            seed();
        }
        deployer.deployIfChanged(mapper.findAll());
    }

    /** @return the number of rules inserted */
    @Transactional
    public int seed() {
        Set<String> keys = new HashSet<>();
        for (RoutingRule rule : mapper.findAll()) {
            keys.add(rule.categoryCode() + "|" + rule.districtCode() + "|" + RoutingRulesService.scope(rule.urgency()));
        }
        int inserted = 0;
        Instant now = Instant.now();
        for (Map<String, String> row : CsvFile.read(
                resources.getResource(properties.getLocation() + "taxonomy/routing.csv"))) {
            RoutingRule rule = new RoutingRule(row.get("category_code"), row.get("district_code"),
                    row.get("department_code"), Integer.parseInt(row.get("priority")));
            if (keys.add(rule.categoryCode() + "|" + rule.districtCode() + "|ANY")) {
                mapper.insert(rule, "ANY", now);
                inserted++;
            }
        }
        log.info("routing rules seeded: {} added", inserted);
        return inserted;
    }
}
