package org.hotline.telephony;

/**
 * The queues' live state, kept from the AMI events ({@code QueueCallerJoin} adds a caller; {@code QueueCallerLeave},
 * {@code QueueCallerAbandon}, an answer, a queue exit or the call's end remove it), never polled from Asterisk.
 * Shared by every node (Redis, when {@code hotline.redis.enabled=true}) or in process memory (embedded). A caller
 * who seems to wait longer than {@code hotline.telephony.max-queue-wait} (2 h; a lost leave event, or a node that
 * stopped mid-call) is forgotten. Thread-safe.
 */
public interface LiveQueue {

    /** @return the callers waiting now */
    WaitingCalls waiting();
}
