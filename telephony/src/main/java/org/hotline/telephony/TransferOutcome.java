package org.hotline.telephony;

/** Where a transfer stands; each step is audited. */
public enum TransferOutcome {
    /** Asterisk accepted the transfer action. */
    ORDERED,
    /** The caller is connected to the department (attended: the agent left after consulting). */
    COMPLETED,
    /** The department did not answer or Asterisk gave up; the caller is back with the agent. */
    FAILED,
    /** The agent called the consultation off; the caller is back with the agent. */
    CANCELLED
}
