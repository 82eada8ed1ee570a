package org.hotline.telephony;

/** The SMS gateway did not take a message; it may be retried. */
public class SmsDeliveryException extends NoticeDeliveryException {
    public SmsDeliveryException(String message) {
        super(message);
    }

    public SmsDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
