package org.hotline.telephony.call;

/** Aggregates over {@code telephony_call} as MyBatis maps them. */
class CallStatsRow {

    long offered;
    long answered;
    long answeredWithinLevel;
    long abandoned;
    long shortAbandoned;
    long ivrOnly;
    long waitSum;
    long handled;
    long handleSum;
}
