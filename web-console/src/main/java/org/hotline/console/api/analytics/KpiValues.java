package org.hotline.console.api.analytics;

import java.util.Arrays;
import java.util.List;

import org.hotline.workflow.KpiCounts;
import org.hotline.workflow.KpiRates;

/** A group's figures in the order of {@link KpiDefinitions#COUNTS} and {@link KpiDefinitions#RATES}. */
final class KpiValues {

    private KpiValues() {
    }

    static List<Long> counts(KpiCounts c) {
        return List.of(c.registered(), c.directAnswered(), c.dispatched(), c.returned(), c.extended(), c.escalated(),
            c.replied(), c.closed(), c.closedOnTime(), c.followedUp(), c.satisfied(), c.resolved(), c.reopened(),
            c.merged(), c.overdue());
    }

    /** @return the rates, null where a rate is absent */
    static List<Double> rates(KpiRates r) {
        return Arrays.asList(r.signOnTime(), r.closeOnTime(), r.returnRate(), r.extension(), r.followUp(),
            r.satisfaction(), r.resolution(), r.firstContactResolution(), r.directAnswer(), r.repeatRequest());
    }
}
