package org.hotline.telephony.channel;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.hotline.telephony.CitizenNotice;
import org.hotline.telephony.EmailSender;
import org.hotline.telephony.NoticeDeliveryException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Plain-text UTF-8 mail over SMTP(S), logged in when a username is configured. */
@Component
@ConditionalOnExpression("'${hotline.channel.email.smtp-host:}' != '' and '${hotline.channel.email.from:}' != ''")
class SmtpEmailSender implements EmailSender {

    private final ChannelProperties.EmailSettings settings;
    private final Session session;

    SmtpEmailSender(ChannelProperties properties) {
        this.settings = properties.getEmail();
        String protocol = settings.isSmtpSsl() ? "smtps" : "smtp";
        String timeout = Long.toString(settings.getTimeout().toMillis());
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", settings.getSmtpHost());
        props.put("mail." + protocol + ".port", Integer.toString(settings.getSmtpPort()));
        props.put("mail." + protocol + ".auth", Boolean.toString(settings.getSmtpUsername() != null));
        props.put("mail." + protocol + ".connectiontimeout", timeout);
        props.put("mail." + protocol + ".timeout", timeout);
        props.put("mail." + protocol + ".writetimeout", timeout);
        if (settings.isSmtpSsl()) {
            props.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(props);
    }

    @Override
    public void send(String reference, String to, String subject, String text) {
        if (reference == null || reference.isBlank() || reference.length() > 64 || to == null || subject == null
                || subject.isBlank() || subject.length() > 200 || text == null || text.isBlank()
                || text.length() > CitizenNotice.MAX_TEXT) {
            throw new IllegalArgumentException("reference 1..64, to, subject 1..200 and text 1..500 are required");
        }
        try {
            InternetAddress from = new InternetAddress(settings.getFrom());
            MimeMessage message = new ReferencedMessage(session, reference, from.getAddress());
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            // Tells well-behaved mailers not to answer with an out-of-office reply, which would become a contact.
            message.setHeader("Auto-Submitted", "auto-replied");
            message.saveChanges();
            if (settings.getSmtpUsername() != null) {
                Transport.send(message, settings.getSmtpUsername(), settings.getSmtpPassword());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new NoticeDeliveryException("SMTP server did not take the message: " + e.getClass().getSimpleName(), e);
        }
    }

    /** A message whose Message-ID is derived from the outbox reference, so a retried notice keeps its id. */
    private static final class ReferencedMessage extends MimeMessage {
        private final String messageId;

        ReferencedMessage(Session session, String reference, String from) {
            super(session);
            String domain = from.substring(from.indexOf('@') + 1);
            this.messageId = "<notice-" + reference + "@" + domain + ">";
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
