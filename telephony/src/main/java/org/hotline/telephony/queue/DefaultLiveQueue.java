package org.hotline.telephony.queue;

import java.time.Clock;

import org.hotline.telephony.CallAbandoned;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallDequeued;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallLeftQueue;
import org.hotline.telephony.CallQueued;
import org.hotline.telephony.LiveQueue;
import org.hotline.telephony.WaitingCalls;
import org.hotline.telephony.config.TelephonyProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * {@link LiveQueue} kept from the call events of the node that holds the AMI connection. Every way out of the queue
 * removes the caller, so one lost event (a leave without its abandon, say) does not leave a ghost behind. Its
 * listeners run first, so that whoever reacts to the same event (the wallboard) already reads the new state.
 */
final class DefaultLiveQueue implements LiveQueue {

    private final WaitingStore store;
    private final TelephonyProperties properties;
    private final Clock clock;

    DefaultLiveQueue(WaitingStore store, TelephonyProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public WaitingCalls waiting() {
        store.forgetBefore(clock.instant().minus(properties.getMaxQueueWait()));
        int count = store.count();
        return new WaitingCalls(count, count == 0 ? null : store.oldest());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CallQueued event) {
        store.add(event.callId(), event.at());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CallDequeued event) {
        store.remove(event.callId());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CallAnswered event) {
        store.remove(event.callId());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CallAbandoned event) {
        store.remove(event.callId());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CallLeftQueue event) {
        store.remove(event.callId());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CallEnded event) {
        store.remove(event.callId());
    }
}
