package org.hotline.workflow.analytics;

import java.time.Instant;

/** A row of {@code workflow_analytics_surge}. */
class SurgeRow {
    long id;
    String categoryCode;
    String districtCode;
    Instant hourStart;
    long tickets;
    double expected;
    Instant detectedAt;
}
