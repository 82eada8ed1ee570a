package org.hotline.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deployed decision {@code ticketRouting}: generated from the rule table, redeployed on change. */
class RoutingIT extends WorkflowIntegrationTest {
    @Autowired
    RoutingRules rules;
    @Autowired
    RepositoryService repository;

    @Test
    void deployedDecisionHasHistoryTimeToLiveAndFirstHitPolicy() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey("ticketRouting")
                .latestVersion().singleResult();
        assertThat(latest.getVersion()).isEqualTo(rules.currentDecisionVersion());
        assertThat(latest.getHistoryTimeToLive()).isEqualTo(180);
        assertThat(repository.getDmnModelInstance(latest.getId()).getModelElementById("DecisionTable_TicketRouting")
                .getAttributeValue("hitPolicy")).isEqualTo("FIRST");
    }

    @Test
    void exactDistrictRuleRoutesToTheDistrictAndStreetsUseTheirDistrict() {
        assertThat(registered(TestTickets.streetVendingInJiangcheng()).departmentCode()).isEqualTo("JC_GOV");
        RegisterTicket elsewhere = new RegisterTicket(Channel.WEB, TicketType.COMPLAINT, "C0701", "HB01", null,
                Urgency.NORMAL, null, null, "占道经营", false, null);
        assertThat(registered(elsewhere).departmentCode()).isEqualTo("HB_GOV");
        RegisterTicket unknownDistrict = new RegisterTicket(Channel.WEB, TicketType.COMPLAINT, "C0701", null, null,
                Urgency.NORMAL, null, null, "占道经营", false, null);
        assertThat(registered(unknownDistrict).departmentCode()).isEqualTo("CGJ");
    }

    @Test
    void changingARuleDeploysANewVersionThatNewTicketsRecord() {
        int before = rules.currentDecisionVersion();
        TicketView old = registered(TestTickets.socialInsuranceComplaint());
        assertThat(old.routingDecisionVersion()).isEqualTo(before);

        int added = rules.upsert(new RoutingRule("C0101", "XS", "XS_GOV", 1, null, 3, Urgency.URGENT),
                TestTickets.admin());
        try {
            assertThat(added).isEqualTo(before + 1);
            RegisterTicket urgentInXishan = new RegisterTicket(Channel.PHONE, TicketType.HELP, "C0101", "XS", null,
                    Urgency.URGENT, null, null, "社保卡急用", false, null);
            TicketView routed = registered(urgentInXishan);
            assertThat(routed.departmentCode()).isEqualTo("XS_GOV");
            assertThat(routed.routingDecisionVersion()).isEqualTo(added);
            RegisterTicket normalInXishan = new RegisterTicket(Channel.PHONE, TicketType.HELP, "C0101", "XS", null,
                    Urgency.NORMAL, null, null, "社保咨询", false, null);
            assertThat(registered(normalInXishan).departmentCode()).isEqualTo("SBZX");
            assertThat(reload(old.ticketNo()).routingDecisionVersion()).isEqualTo(before);
            assertThat(rules.upsert(new RoutingRule("C0101", "XS", "XS_GOV", 1, null, 3, Urgency.URGENT),
                    TestTickets.admin())).as("an unchanged rule set is not redeployed").isEqualTo(added);
        } finally {
            int removed = rules.delete("C0101", "XS", Urgency.URGENT, TestTickets.admin());
            assertThat(removed).isEqualTo(added + 1);
        }
    }

    @Test
    void onlyAdminsChangeRulesAndReferencesMustExist() {
        RoutingRule rule = new RoutingRule("C0101", "XS", "XS_GOV", 1);
        assertThatThrownBy(() -> rules.upsert(rule, TestTickets.dispatcher()))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> rules.upsert(new RoutingRule("C0101", "XS", "NOPE", 1), TestTickets.admin()))
                .isInstanceOf(UnknownReferenceException.class);
        assertThatThrownBy(() -> rules.upsert(new RoutingRule("C0101", "XS", "XS_GOV", 1, 0, null, null),
                TestTickets.admin())).isInstanceOf(InvalidTicketException.class);
    }
}
