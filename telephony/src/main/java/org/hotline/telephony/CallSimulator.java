package org.hotline.telephony;

/**
 * Embedded mode only ({@code hotline.mode=embedded}): plays a call through the same events a real queue call
 * publishes, in the same order ({@link CallStarted}, {@link CallQueued}, {@link CallOffered}, {@link CallAnswered},
 * agent states ringing and talking), then ends it after {@code hotline.telephony.simulator.talk} (default 30 s)
 * with {@link CallEnded}. Thread-safe.
 */
public interface CallSimulator {

    /**
     * @param callerNumber digits, 3..20 characters
     * @param agent        the answering agent's username
     * @param ivrChoice    the menu choice to carry, or {@code null}
     * @return the simulated call's id
     */
    String simulateCall(String callerNumber, String agent, IvrChoice ivrChoice);
}
