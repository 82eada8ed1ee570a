package org.hotline.telephony.agent;

import java.time.Instant;

import org.hotline.telephony.AgentState;

/** An agent's state as a store keeps it. */
record StoredState(AgentState state, String reason, Instant since) {
}
