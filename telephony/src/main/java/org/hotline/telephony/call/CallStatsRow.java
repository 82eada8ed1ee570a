package org.hotline.telephony.call;

/** Aggregates over {@code telephony_call} as MyBatis maps them. */
class CallStatsRow {

    /** the agent, in per-agent rows */
    String agent;
    long offered;
    long answered;
    long answeredWithinLevel;
    long abandoned;
    long shortAbandoned;
    long ivrOnly;
    long timedOut;
    long queueFull;
    long leftEmpty;
    long waitSum;
    long handled;
    long handleSum;
}
