package org.hotline.workflow.analytics;

/** A row of {@code workflow_analytics_surge_ticket}. */
class SurgeTicketRow {
    long surgeId;
    String ticketNo;
}
