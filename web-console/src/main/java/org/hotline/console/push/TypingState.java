package org.hotline.console.push;

/**
 * The typing of one session, guarded by its own monitor: the newest sequence number received, the request waiting
 * for its turn and when the provider was last asked.
 */
final class TypingState {

    long latestSeq = -1;
    TypingRequest pending;
    boolean scheduled;
    long lastRunNanos;
    boolean hasRun;
}
