package org.hotline.telephony;

/** An outcome was given for a callback task that is not dialled (still open, finished or cancelled; REST: 409). */
public class CallbackNotDialledException extends TelephonyException {

    public CallbackNotDialledException(long id, CallbackStatus status) {
        super("callback task " + id + " is " + status.json() + ", not dialled");
    }
}
