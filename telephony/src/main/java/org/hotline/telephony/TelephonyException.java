package org.hotline.telephony;

/** Base of the failures the telephony API reports to callers. */
public abstract class TelephonyException extends RuntimeException {

    protected TelephonyException(String message) {
        super(message);
    }

    protected TelephonyException(String message, Throwable cause) {
        super(message, cause);
    }
}
