package org.hotline.telephony;

/** An inbound channel message is malformed or unsafe (XML with a DOCTYPE, missing fields); nothing was stored. */
public class InvalidChannelMessageException extends RuntimeException {
    public InvalidChannelMessageException(String message) {
        super(message);
    }
}
