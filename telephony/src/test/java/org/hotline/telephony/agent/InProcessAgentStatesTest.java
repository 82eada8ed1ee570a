package org.hotline.telephony.agent;

class InProcessAgentStatesTest extends AgentStatesContract {

    @Override
    protected AgentStateStore newStore() {
        return new InProcessAgentStateStore();
    }
}
