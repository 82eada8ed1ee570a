package org.hotline.telephony;

/** Where a transfer stands; each step is audited. */
public enum TransferOutcome {
    /** Asterisk accepted the transfer action. */
    ORDERED,
    /** Three-way call: the department answered and talks with the caller and the agent. */
    JOINED,
    /**
     * The caller is connected to the department (attended: the agent left after consulting; three-way: the agent
     * left, or the department hung up after talking with both).
     */
    COMPLETED,
    /** The department did not answer or Asterisk gave up; the caller is back with the agent. */
    FAILED,
    /** The agent called the consultation (or the window's part in the three-way call) off; the caller is back with
     * the agent. */
    CANCELLED
}
