package org.hotline.telephony.queue;

import java.time.Instant;

/** Where the waiting callers live: Redis (shared by nodes) or process memory. Thread-safe. */
interface WaitingStore {

    /** Adds the caller unless it waits already (the first join time stays). */
    void add(String callId, Instant since);

    void remove(String callId);

    /** Forgets the callers who joined before {@code horizon}. */
    void forgetBefore(Instant horizon);

    int count();

    /** @return the earliest join time, or null when nobody waits */
    Instant oldest();
}
