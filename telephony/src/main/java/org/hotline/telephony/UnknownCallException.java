package org.hotline.telephony;

/** No call (live, for actions; recorded, for lookups) has the given id (REST: 404). */
public class UnknownCallException extends TelephonyException {

    private final String callId;

    public UnknownCallException(String callId) {
        super("no such call: " + callId);
        this.callId = callId;
    }

    public String callId() {
        return callId;
    }
}
