package org.hotline.console.push;

/**
 * A stored message on its way to sessions: its id, its addressee and the finished JSON frame, serialised once and
 * sent as is to every matching session.
 */
record PushEnvelope(long id, TargetKind targetKind, String target, String frame) {

    /** The id of a message that was not stored ({@link PushHub#sendLiveToRole}): never replayed, never deduplicated. */
    static final long LIVE_ONLY = 0;

    boolean stored() {
        return id != LIVE_ONLY;
    }
}
