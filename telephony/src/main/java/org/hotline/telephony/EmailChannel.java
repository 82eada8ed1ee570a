package org.hotline.telephony;

/**
 * The e-mail channel: the mailbox {@code hotline.channel.email.*} polled over IMAP. Each new message (MIME parsed:
 * text/plain preferred, else HTML as text; any declared charset incl. GBK, GB2312, GB18030; RFC 2047 subjects;
 * attachments kept as metadata, those over {@link Attachment#MAX_BYTES} or of another type than
 * {@link Attachment#ALLOWED_TYPES} named in the text instead) becomes a contact whose external id is its
 * {@code Message-ID}, so a message seen twice is one contact; the citizen gets the contact number by e-mail through
 * the notice outbox; the message is moved to the processed folder. A message that cannot be taken in (no usable
 * sender, nothing to read, unparsable MIME) is moved to the error folder and the poll goes on. Off while
 * {@code imap-host} is unset. Thread-safe; polls are serialised.
 */
public interface EmailChannel {

    /** @return whether the mailbox is configured */
    boolean enabled();

    /**
     * Takes in the messages waiting in the folder now (at most {@code batch}); the module's poller calls it every
     * {@code poll-interval}.
     *
     * @return what this poll did
     * @throws NoticeDeliveryException when the mailbox cannot be reached (the next poll tries again)
     */
    Poll pollOnce();

    /**
     * @param received  new contacts stored
     * @param redelivered messages whose Message-ID was taken in before (moved, nothing stored)
     * @param rejected  messages moved to the error folder
     */
    record Poll(int received, int redelivered, int rejected) {
    }
}
