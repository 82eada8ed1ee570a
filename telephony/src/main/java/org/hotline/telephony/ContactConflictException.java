package org.hotline.telephony;

/** The action is not possible in the contact's status or for this agent; nothing changed. */
public class ContactConflictException extends RuntimeException {

    private final ContactStatus status;

    public ContactConflictException(String message, ContactStatus status) {
        super(message);
        this.status = status;
    }

    /** @return the contact's status when the action was refused */
    public ContactStatus status() {
        return status;
    }
}
