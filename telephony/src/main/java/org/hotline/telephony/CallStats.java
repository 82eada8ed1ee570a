package org.hotline.telephony;

import java.time.Instant;

/**
 * Wallboard figures after GB/T 33358-2016, computed from call records whose call reached the hotline in
 * {@code [from, to)}. Rates are fractions in {@code 0..1}; a rate without calls to measure is {@code 1.0} for
 * "good" rates and {@code 0.0} for abandon rates.
 *
 * <p>The base of the rates is the number of calls that had to be answered: calls offered to the queue (also those
 * a full or empty queue turned away) minus the short abandons (callers who hung up within the short-abandon threshold, 5 s by default, are counted apart).
 *
 * @param from                      range start
 * @param to                        range end
 * @param offered                   calls that joined the queue
 * @param answered                  calls answered by an agent
 * @param answeredWithin15s         calls answered within 15 s of waiting
 * @param abandoned                 abandons after the threshold
 * @param shortAbandoned            abandons within the threshold
 * @param ivrOnly                   calls that ended in the IVR
 * @param waitingNow                calls waiting in the queue right now
 * @param serviceLevel15s           answered within 15 s / calls to answer
 * @param connectionRate            answered / calls to answer, over {@code [from, to)}
 * @param connectionRate24h         answered / calls to answer over the 24 hours before {@code to}
 * @param connectionRateGoal        the goal for the 24-hour connection rate (0.95)
 * @param connectionGoalMet         whether {@code connectionRate24h >= connectionRateGoal}
 * @param averageSpeedOfAnswer      mean wait of answered calls, seconds
 * @param abandonRate               abandoned / calls to answer (short abandons excluded)
 * @param averageHandleTime         mean talk plus wrap-up time of answered calls, seconds
 * @param timedOut                  callers the queue's timeout dropped (not abandons; unanswered, called back)
 * @param queueFull                 callers a full queue did not take (unanswered, called back)
 * @param leftEmpty                 callers the queue did not keep because no agent could answer (unanswered,
 *                                  called back)
 */
public record CallStats(Instant from, Instant to, long offered, long answered, long answeredWithin15s,
                        long abandoned, long shortAbandoned, long ivrOnly, long waitingNow, double serviceLevel15s,
                        double connectionRate, double connectionRate24h, double connectionRateGoal,
                        boolean connectionGoalMet, double averageSpeedOfAnswer, double abandonRate,
                        double averageHandleTime, long timedOut, long queueFull, long leftEmpty) {
}
