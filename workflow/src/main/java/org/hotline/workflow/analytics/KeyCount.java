package org.hotline.workflow.analytics;

/** A count per dimension value. */
record KeyCount(String key, long count) {
}
