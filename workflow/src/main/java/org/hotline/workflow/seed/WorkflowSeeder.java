package org.hotline.workflow.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.hotline.workflow.WorkflowSeed;
import org.hotline.workflow.org.OrgSeeder;
import org.hotline.workflow.routing.RoutingSeeder;
import org.hotline.workflow.sla.CalendarSeeder;
import org.springframework.stereotype.Component;

/** {@link WorkflowSeed}: calendar, catalogue, routing, in that order. */
@Component
class WorkflowSeeder implements WorkflowSeed {
    private final CalendarSeeder calendar;
    private final OrgSeeder org;
    private final RoutingSeeder routing;

    WorkflowSeeder(CalendarSeeder calendar, OrgSeeder org, RoutingSeeder routing) {
        this.calendar = calendar;
        this.org = org;
        this.routing = routing;
    }

    @Override
    public void seed() {
        try {
            calendar.run();
        } catch (IOException e) {
            throw new UncheckedIOException("calendar seed unreadable", e);
        }
        org.run();
        routing.run();
    }
}
