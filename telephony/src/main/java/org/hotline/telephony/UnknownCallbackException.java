package org.hotline.telephony;

/** No callback task has the given id (REST: 404). */
public class UnknownCallbackException extends TelephonyException {

    public UnknownCallbackException(long id) {
        super("no such callback task: " + id);
    }
}
