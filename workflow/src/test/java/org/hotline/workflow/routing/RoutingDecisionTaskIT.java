package org.hotline.workflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.RepositoryService;
import org.hotline.workflow.Channel;
import org.hotline.workflow.RegisterTicket;
import org.hotline.workflow.RoutingRule;
import org.hotline.workflow.RoutingRules;
import org.hotline.workflow.TicketType;
import org.hotline.workflow.TicketView;
import org.hotline.workflow.Urgency;
import org.hotline.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The business rule task's cache of the deployed decision, when another node deploys a new version. */
class RoutingDecisionTaskIT extends WorkflowIntegrationTest {
    @Autowired
    RoutingDecisionTask task;
    @Autowired
    RoutingDecisionDeployer deployer;
    @Autowired
    RoutingRuleMapper mapper;
    @Autowired
    RoutingRules rules;
    @Autowired
    RepositoryService repository;

    @Test
    void aVersionDeployedElsewhereRoutesAfterTheRecheckAndOneDeployedHereAtOnce() {
        LongSupplier original = task.ticker;
        int before = rules.currentDecisionVersion();
        assertThat(urgentHelpInXishan().routingDecisionVersion()).isEqualTo(before);
        // From here the clock stands still unless the test moves it; it starts after the version was checked.
        AtomicLong now = new AtomicLong(System.nanoTime());
        task.ticker = now::get;
        try {
            try {
                // What another node's deployer would deploy after an administrator added a rule there.
                List<RoutingRule> changed = new ArrayList<>(mapper.findAll());
                changed.add(new RoutingRule("C0101", "XS", "XS_GOV", 1, null, 3, Urgency.URGENT));
                repository.createDeployment().name("ticket-routing").source("another node")
                        .addModelInstance("ticketRouting.dmn", RoutingDecisionGenerator.generate(changed, before + 1))
                        .deploy();

                TicketView stale = urgentHelpInXishan();
                assertThat(stale.routingDecisionVersion()).isEqualTo(before);
                assertThat(stale.departmentCode()).isEqualTo("SBZX");

                now.addAndGet(2 * RoutingDecisionTask.RECHECK_NANOS);
                TicketView fresh = urgentHelpInXishan();
                assertThat(fresh.routingDecisionVersion()).isEqualTo(before + 1);
                assertThat(fresh.departmentCode()).isEqualTo("XS_GOV");
            } finally {
                // Back to the table's rules, as a new version: later tests route by the table again.
                assertThat(deployer.deployIfChanged(mapper.findAll())).isEqualTo(before + 2);
            }
            // Deployed on this node: in force at once, though the clock has not moved since the last check.
            TicketView restored = urgentHelpInXishan();
            assertThat(restored.routingDecisionVersion()).isEqualTo(before + 2);
            assertThat(restored.departmentCode()).isEqualTo("SBZX");
        } finally {
            task.ticker = original;
        }
    }

    private TicketView urgentHelpInXishan() {
        return registered(new RegisterTicket(Channel.PHONE, TicketType.HELP, "C0101", "XS", null, Urgency.URGENT,
                null, null, "社保卡急用", false, null));
    }
}
