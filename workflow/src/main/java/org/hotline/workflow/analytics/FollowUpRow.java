package org.hotline.workflow.analytics;

/** One recorded follow-up outcome. */
record FollowUpRow(String ticketNo, int satisfaction, boolean resolved) {
}
