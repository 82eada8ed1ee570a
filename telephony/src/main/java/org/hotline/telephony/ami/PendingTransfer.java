package org.hotline.telephony.ami;

import java.time.Instant;

import org.hotline.telephony.TransferMode;

/** An attended transfer or a three-way call in progress on a live call. Guarded by the translator's lock. */
final class PendingTransfer {

    final TransferMode mode;
    final String department;
    final String target;
    final String actor;
    final Instant orderedAt;
    /** Attended: the consultation leg towards the department, once Asterisk created it. */
    String consultChannel;
    boolean cancelling;
    /** Three-way: the id given to the window's originated channel ({@code ChannelId}), known before it exists. */
    final String windowChannelId;
    /** Three-way: the window's channel in the conference, once it joined. */
    volatile String windowChannel;

    PendingTransfer(String department, String target, String actor, Instant orderedAt) {
        this(TransferMode.ATTENDED, department, target, actor, orderedAt, null);
    }

    PendingTransfer(TransferMode mode, String department, String target, String actor, Instant orderedAt,
                    String windowChannelId) {
        this.mode = mode;
        this.department = department;
        this.target = target;
        this.actor = actor;
        this.orderedAt = orderedAt;
        this.windowChannelId = windowChannelId;
    }

    boolean joined() {
        return windowChannel != null;
    }
}
