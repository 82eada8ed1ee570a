package org.hotline.telephony;

/** No contact has this id. */
public class UnknownContactException extends RuntimeException {
    public UnknownContactException(long id) {
        super("no contact " + Contact.numberOf(id));
    }
}
