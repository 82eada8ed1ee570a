package org.hotline.telephony.channel;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.CitizenNotices;
import org.hotline.telephony.ContactReceipt;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.EmailChannel;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.NoticeDeliveryException;
import org.hotline.telephony.NoticeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class ImapEmailChannel implements EmailChannel {

    private static final Logger log = LoggerFactory.getLogger(ImapEmailChannel.class);

    private final ChannelProperties.EmailSettings settings;
    private final Duration responseLimit;
    private final Contacts contacts;
    private final CitizenNotices notices;

    ImapEmailChannel(ChannelProperties properties, Contacts contacts, CitizenNotices notices) {
        this.settings = properties.getEmail();
        this.responseLimit = properties.getResponseClock().getEmail();
        this.contacts = contacts;
        this.notices = notices;
    }

    @Override
    public boolean enabled() {
        return settings.inboundEnabled();
    }

    @Override
    public synchronized Poll pollOnce() {
        if (!enabled()) {
            return new Poll(0, 0, 0);
        }
        int received = 0;
        int redelivered = 0;
        int rejected = 0;
        Store store = null;
        try {
            store = session().getStore(settings.isSsl() ? "imaps" : "imap");
            store.connect(settings.getImapHost(), settings.getImapPort(), settings.getUsername(),
                settings.getPassword());
            Folder inbox = store.getFolder(settings.getFolder());
            inbox.open(Folder.READ_WRITE);
            try {
                Folder processed = ensure(store, settings.getProcessedFolder());
                Folder error = ensure(store, settings.getErrorFolder());
                int count = Math.min(inbox.getMessageCount(), settings.getBatch());
                Message[] messages = count == 0 ? new Message[0] : inbox.getMessages(1, count);
                for (Message message : messages) {
                    // The contact is stored before the mail is moved: a crash in between is seen again at the next
                    // poll and recognised by its Message-ID.
                    Outcome outcome = takeIn((MimeMessage) message);
                    inbox.copyMessages(new Message[] {message}, outcome == Outcome.REJECTED ? error : processed);
                    message.setFlag(Flags.Flag.DELETED, true);
                    switch (outcome) {
                        case RECEIVED -> received++;
                        case REDELIVERED -> redelivered++;
                        case REJECTED -> rejected++;
                    }
                }
            } finally {
                inbox.close(true);
            }
        } catch (MessagingException e) {
            throw new NoticeDeliveryException("mailbox " + settings.getImapHost() + " not readable: " + e, e);
        } finally {
            close(store);
        }
        if (received + redelivered + rejected > 0) {
            log.info("mailbox poll: {} received, {} seen before, {} moved to {}", received, redelivered, rejected,
                settings.getErrorFolder());
        }
        return new Poll(received, redelivered, rejected);
    }

    private Outcome takeIn(MimeMessage mail) {
        InboundMessage inbound;
        try {
            if (EmailParser.automatic(mail)) {
                log.info("automatic mail (auto-reply, bounce, list) set aside");
                return Outcome.REJECTED;
            }
            inbound = EmailParser.parse(mail);
        } catch (MessagingException | IOException | RuntimeException e) {
            log.info("mail not taken in: {}", e.toString());
            return Outcome.REJECTED;
        }
        ContactReceipt receipt = contacts.receive(inbound);
        String contactNo = receipt.contact().contactNo();
        // Queued again for a redelivery too: the key makes it one notice, also when the first poll died before it.
        notices.enqueue(new CitizenNotice("received:" + contactNo, NoticeKind.CONTACT_RECEIVED,
            receipt.contact().identity(), "您好！12345热线已收到您的来信，编号" + contactNo + "，我们将在"
                + hours(responseLimit) + "内答复您。回复本邮件即可补充情况。", null));
        return receipt.redelivery() ? Outcome.REDELIVERED : Outcome.RECEIVED;
    }

    private static String hours(Duration limit) {
        return limit.toHours() >= 1 ? limit.toHours() + "小时" : Math.max(1, limit.toMinutes()) + "分钟";
    }

    private static Folder ensure(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("cannot create folder " + name);
        }
        return folder;
    }

    private Session session() {
        String protocol = settings.isSsl() ? "imaps" : "imap";
        String timeout = Long.toString(settings.getTimeout().toMillis());
        Properties props = new Properties();
        props.put("mail." + protocol + ".connectiontimeout", timeout);
        props.put("mail." + protocol + ".timeout", timeout);
        props.put("mail." + protocol + ".writetimeout", timeout);
        if (settings.isSsl()) {
            props.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        // Attachments come in 1 MB pieces rather than 16 KB round trips.
        props.put("mail." + protocol + ".fetchsize", "1048576");
        props.put("mail.mime.decodefilename", "true");
        props.put("mail.mime.decodetext.strict", "false");
        return Session.getInstance(props);
    }

    private static void close(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                log.debug("closing the mailbox: {}", e.toString());
            }
        }
    }

    private enum Outcome { RECEIVED, REDELIVERED, REJECTED }
}
