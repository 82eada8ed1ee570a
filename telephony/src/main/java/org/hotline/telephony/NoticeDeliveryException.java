package org.hotline.telephony;

/** A channel (SMS gateway, mail server, WeChat's API) did not take a message to a citizen; it may be retried. */
public class NoticeDeliveryException extends RuntimeException {
    public NoticeDeliveryException(String message) {
        super(message);
    }

    public NoticeDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
