package org.hotline.workflow.routing;

import java.time.Instant;
import java.util.List;
import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.RoutingRule;
import org.hotline.workflow.RoutingRules;
import org.hotline.workflow.UnknownReferenceException;
import org.hotline.workflow.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rule administration; every change redeploys the decision in the same transaction. */
@Service
class RoutingRulesService implements RoutingRules {
    private static final Logger log = LoggerFactory.getLogger(RoutingRulesService.class);

    private final RoutingRuleMapper mapper;
    private final RoutingDecisionDeployer deployer;
    private final OrgDirectory org;

    RoutingRulesService(RoutingRuleMapper mapper, RoutingDecisionDeployer deployer, OrgDirectory org) {
        this.mapper = mapper;
        this.deployer = deployer;
        this.org = org;
    }

    @Override
    public List<RoutingRule> list() {
        return mapper.findAll();
    }

    @Override
    @Transactional
    public int upsert(RoutingRule rule, Actor actor) {
        requireAdmin(actor);
        rule.validate();
        if (org.category(rule.categoryCode()).isEmpty()) {
            throw new UnknownReferenceException("category", rule.categoryCode());
        }
        if (!"*".equals(rule.districtCode()) && org.district(rule.districtCode()).isEmpty()) {
            throw new UnknownReferenceException("district", rule.districtCode());
        }
        if (org.department(rule.departmentCode()).isEmpty()) {
            throw new UnknownReferenceException("department", rule.departmentCode());
        }
        Instant now = Instant.now();
        if (mapper.update(rule, scope(rule.urgency()), now) == 0) {
            mapper.insert(rule, scope(rule.urgency()), now);
        }
        int version = deployer.deployIfChanged(mapper.findAll());
        log.info("routing rule {}/{}/{} set to {} by {}; decision version {}", rule.categoryCode(),
                rule.districtCode(), scope(rule.urgency()), rule.departmentCode(), actor.username(), version);
        return version;
    }

    @Override
    @Transactional
    public int delete(String categoryCode, String districtCode, Urgency urgency, Actor actor) {
        requireAdmin(actor);
        mapper.delete(categoryCode, districtCode, scope(urgency));
        int version = deployer.deployIfChanged(mapper.findAll());
        log.info("routing rule {}/{}/{} deleted by {}; decision version {}", categoryCode, districtCode,
                scope(urgency), actor.username(), version);
        return version;
    }

    @Override
    public int currentDecisionVersion() {
        return deployer.currentVersion();
    }

    static String scope(Urgency urgency) {
        return urgency == null ? "ANY" : urgency.name();
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Actor.Role.ADMIN) {
            throw new ActionNotPermittedException("change routing rules", actor.role());
        }
    }
}
