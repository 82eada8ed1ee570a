package org.hotline.console.push;

/**
 * Carries stored messages to the sessions of every node: this node's at once, other nodes' through the cluster's
 * transport. Implementations are thread-safe and never throw for a transport failure (the message is stored and
 * reaches clients when they catch up).
 */
interface PushBus {

    void publish(PushEnvelope envelope);
}
