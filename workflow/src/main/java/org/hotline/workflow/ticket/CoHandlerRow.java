package org.hotline.workflow.ticket;

import java.time.Instant;

/**
 * A co-handling department of a ticket and its progress: signed, contributed, and its contribution deadline
 * ({@code dueAt} with its warning time {@code warnAt}, null until the lead signs or on tickets from before contribution deadlines), the 80 % warning and
 * the missed deadline raised for it.
 */
record CoHandlerRow(String departmentCode, Instant signedAt, Instant contributedAt, Instant dueAt, Instant warnAt,
        Instant warnedAt,
        Instant missedAt) {

    /** @return whether the contribution no longer holds back the lead's reply: given, or its deadline missed */
    boolean settled() {
        return contributedAt != null || missedAt != null;
    }
}
