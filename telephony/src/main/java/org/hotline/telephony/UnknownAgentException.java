package org.hotline.telephony;

/** The agent has no configured phone interface ({@code hotline.telephony.agents.<username>}) (REST: 409). */
public class UnknownAgentException extends TelephonyException {

    public UnknownAgentException(String agent) {
        super("no phone interface configured for agent " + agent);
    }
}
