package org.hotline.workflow.ticket;

import java.time.Instant;

/** A co-handling department of a ticket and its progress. */
record CoHandlerRow(String departmentCode, Instant signedAt, Instant contributedAt) {
}
