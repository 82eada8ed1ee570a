package org.hotline.telephony;

/** No citizen profile has this id. */
public class UnknownCitizenException extends RuntimeException {
    public UnknownCitizenException(long id) {
        super("no citizen " + id);
    }
}
