package org.hotline.telephony;

/** The callback task was already taken or cancelled (REST: 409). */
public class CallbackNotOpenException extends TelephonyException {

    public CallbackNotOpenException(long id, CallbackStatus status) {
        super("callback task " + id + " is " + status.json());
    }
}
