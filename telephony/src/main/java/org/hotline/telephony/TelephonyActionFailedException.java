package org.hotline.telephony;

/** The telephone system refused an action, e.g. the agent is not in the queue (REST: 409). */
public class TelephonyActionFailedException extends TelephonyException {

    public TelephonyActionFailedException(String message) {
        super(message);
    }
}
