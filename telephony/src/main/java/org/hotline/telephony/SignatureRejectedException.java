package org.hotline.telephony;

/** An inbound channel request is not signed by a registered client within the time window. Nothing was stored. */
public class SignatureRejectedException extends RuntimeException {
    public SignatureRejectedException(String reason) {
        super(reason);
    }
}
