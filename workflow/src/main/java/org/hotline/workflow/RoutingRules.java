package org.hotline.workflow;

import java.util.List;

/**
 * Administration of the routing rules. Every change regenerates the DMN decision {@code ticketRouting} from the
 * whole table and deploys it as a new version in the same transaction; tickets record the version that routed
 * them. Thread-safe; ADMIN only.
 */
public interface RoutingRules {

    /** @return every rule ordered by category, priority, district */
    List<RoutingRule> list();

    /**
     * Inserts or replaces the rule for (category, district, urgency).
     *
     * @return the version of the decision deployed for the new rule set
     * @throws ActionNotPermittedException when the actor is not an ADMIN
     * @throws UnknownReferenceException   when the category, district or department does not exist
     * @throws InvalidTicketException      when the rule is malformed
     */
    int upsert(RoutingRule rule, Actor actor);

    /**
     * Deletes the rule for (category, district, urgency); deleting a missing rule changes nothing.
     *
     * @return the version of the decision in force afterwards
     * @throws ActionNotPermittedException when the actor is not an ADMIN
     */
    int delete(String categoryCode, String districtCode, Urgency urgency, Actor actor);

    /** @return the version of the deployed decision {@code ticketRouting} (0 when none is deployed yet) */
    int currentDecisionVersion();
}
