package org.hotline.telephony.ami;

import java.time.Instant;

/** An attended transfer in progress on a live call. Guarded by the translator's lock. */
final class PendingTransfer {

    final String department;
    final String target;
    final String actor;
    final Instant orderedAt;
    /** The consultation leg towards the department, once Asterisk created it. */
    String consultChannel;
    boolean cancelling;

    PendingTransfer(String department, String target, String actor, Instant orderedAt) {
        this.department = department;
        this.target = target;
        this.actor = actor;
        this.orderedAt = orderedAt;
    }
}
