package org.hotline.telephony;

/**
 * A channel (SMS gateway, mail server, WeChat's API) did not take a message to a citizen. It may be retried unless
 * {@link #permanent()}: the channel will refuse this recipient whatever the number of attempts (WeChat after its
 * 48-hour window, an unfollowed account).
 */
public class NoticeDeliveryException extends RuntimeException {

    private final boolean permanent;

    public NoticeDeliveryException(String message) {
        this(message, null, false);
    }

    public NoticeDeliveryException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private NoticeDeliveryException(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** A refusal that retrying cannot change. */
    public static NoticeDeliveryException permanent(String message) {
        return new NoticeDeliveryException(message, null, true);
    }

    /** @return whether retrying cannot change the outcome */
    public boolean permanent() {
        return permanent;
    }
}
