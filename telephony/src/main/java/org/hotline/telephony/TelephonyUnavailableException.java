package org.hotline.telephony;

/** The telephone system cannot be reached: AMI is not configured, or no AMI link is up (REST: 503). */
public class TelephonyUnavailableException extends TelephonyException {

    public TelephonyUnavailableException(String message) {
        super(message);
    }

    public TelephonyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
