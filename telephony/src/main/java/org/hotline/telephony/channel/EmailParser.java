package org.hotline.telephony.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import org.hotline.telephony.Attachment;
import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.InboundMessage;
import org.hotline.telephony.InvalidChannelMessageException;
import org.hotline.telephony.InvalidContactException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One citizen's e-mail as an {@link InboundMessage}: the subject and the readable text (text/plain preferred over
 * HTML in an alternative, HTML turned into text), decoded from the declared charset (GB2312 and GBK read as their
 * superset GB18030, since mailers declare GB2312 for GBK text), and the attachments as metadata. Attachments that
 * cannot be kept (over {@link Attachment#MAX_BYTES}, of a type outside {@link Attachment#ALLOWED_TYPES}, or beyond
 * {@link Attachment#MAX_COUNT}) are named at the end of the text, so the agent knows to ask for them another way.
 */
final class EmailParser {

    private static final Pattern GB_ENCODED_WORD = Pattern.compile("(?i)=\\?(gb2312|gbk|x-gbk|cp936)\\?");
    private static final Map<String, String> TYPES_BY_EXTENSION = Map.ofEntries(Map.entry("jpg", "image/jpeg"),
        Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
        Map.entry("webp", "image/webp"), Map.entry("amr", "audio/amr"), Map.entry("mp3", "audio/mpeg"),
        Map.entry("wav", "audio/wav"), Map.entry("mp4", "video/mp4"), Map.entry("pdf", "application/pdf"),
        Map.entry("txt", "text/plain"), Map.entry("doc", "application/msword"),
        Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    /** Guards against a message nested into itself a thousand times. */
    private static final int MAX_DEPTH = 10;

    private EmailParser() {
    }

    /**
     * @throws InvalidChannelMessageException when the message has no usable sender or nothing to read
     * @throws MessagingException             when the MIME structure cannot be read
     */
    static InboundMessage parse(MimeMessage mail) throws MessagingException, IOException {
        CitizenIdentity from = sender(mail);
        String subject = subject(mail);
        Body body = new Body();
        walk(mail, body, 0);
        StringBuilder text = new StringBuilder();
        if (!subject.isBlank()) {
            text.append("主题：").append(subject.strip()).append("\n\n");
        }
        String plain = (body.plain.isEmpty() ? body.html : body.plain).toString().strip();
        text.append(plain);
        if (!body.refused.isEmpty()) {
            text.append("\n\n[未接收的附件] ").append(String.join("；", body.refused));
        }
        String content = text.toString().strip();
        if (content.length() > InboundMessage.MAX_TEXT) {
            content = content.substring(0, InboundMessage.MAX_TEXT - 1) + "…";
        }
        Instant at = mail.getReceivedDate() != null ? mail.getReceivedDate().toInstant()
            : mail.getSentDate() != null ? mail.getSentDate().toInstant() : Instant.now();
        InboundMessage message = new InboundMessage(ContactChannel.EMAIL, externalId(mail, from, content),
            List.of(from), personalName(mail), content, body.attachments, null, null, null, null, at);
        try {
            message.validate();
        } catch (InvalidContactException e) {
            throw new InvalidChannelMessageException("invalid " + String.join(", ", e.errors().keySet()));
        }
        return message;
    }

    /** @return whether the message is an automatic one (out-of-office, bounce) that must not become a contact */
    static boolean automatic(MimeMessage mail) throws MessagingException {
        String auto = mail.getHeader("Auto-Submitted", null);
        String precedence = mail.getHeader("Precedence", null);
        return auto != null && !auto.strip().equalsIgnoreCase("no")
            || precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")
            || mail.getHeader("X-Autoreply", null) != null;
    }

    private static CitizenIdentity sender(MimeMessage mail) throws MessagingException {
        Address[] reply = mail.getReplyTo();
        Address[] from = reply != null && reply.length > 0 ? reply : mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
            throw new InvalidChannelMessageException("no sender address");
        }
        try {
            return CitizenIdentity.of(IdentityKind.EMAIL, address.getAddress(), "from");
        } catch (InvalidContactException e) {
            throw new InvalidChannelMessageException("the sender is not an e-mail address");
        }
    }

    private static String personalName(MimeMessage mail) throws MessagingException {
        Address[] from = mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getPersonal() == null || address.getPersonal().isBlank()) {
            return null;
        }
        String name = address.getPersonal().strip();
        return name.length() > 50 ? name.substring(0, 50) : name;
    }

    /** RFC 2047 encoded words decoded; GB2312 and GBK words read as GB18030. */
    static String subject(MimeMessage mail) throws MessagingException {
        String raw = mail.getHeader("Subject", null);
        if (raw == null) {
            return "";
        }
        String unfolded = MimeUtility.unfold(raw);
        try {
            return MimeUtility.decodeText(GB_ENCODED_WORD.matcher(unfolded).replaceAll("=?GB18030?"));
        } catch (UnsupportedEncodingException e) {
            return unfolded;
        }
    }

    /** The Message-ID as sent; hashed when too long, derived from the content when missing. */
    private static String externalId(MimeMessage mail, CitizenIdentity from, String content)
            throws MessagingException {
        String id = mail.getMessageID();
        if (id != null && !id.isBlank() && id.strip().length() <= InboundMessage.MAX_EXTERNAL_ID) {
            return id.strip();
        }
        String basis = id != null && !id.isBlank() ? id.strip()
            : from.value() + "\n" + (mail.getSentDate() == null ? "" : mail.getSentDate().getTime()) + "\n" + content;
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(basis.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new InvalidChannelMessageException("MIME parts nested too deep");
        }
        String fileName = fileName(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
        if (!attachment && part.isMimeType("multipart/alternative") && part.getContent() instanceof Multipart parts) {
            walk(preferred(parts), body, depth + 1);
        } else if (!attachment && part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                walk(parts.getBodyPart(i), body, depth + 1);
            }
        } else if (!attachment && part.isMimeType("text/plain")) {
            append(body.plain, decode(part));
        } else if (!attachment && part.isMimeType("text/html")) {
            append(body.html, htmlToText(decode(part)));
        } else {
            attachment(part, fileName, body);
        }
    }

    private static Part preferred(Multipart alternatives) throws MessagingException {
        BodyPart html = null;
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart candidate = alternatives.getBodyPart(i);
            if (candidate.isMimeType("text/plain")) {
                return candidate;
            }
            if (html == null && (candidate.isMimeType("text/html") || candidate.isMimeType("multipart/related"))) {
                html = candidate;
            }
        }
        return html != null ? html : alternatives.getBodyPart(0);
    }

    private static void attachment(Part part, String fileName, Body body) throws MessagingException, IOException {
        String type = baseType(part);
        String name = fileName != null ? fileName : "unnamed";
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        if (("application/octet-stream".equals(type) || type.isEmpty()) && name.contains(".")) {
            type = TYPES_BY_EXTENSION.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                type);
        }
        long size = size(part);
        if (!Attachment.ALLOWED_TYPES.contains(type)) {
            body.refused.add("“" + name + "”（" + type + "）类型不允许");
        } else if (size > Attachment.MAX_BYTES) {
            body.refused.add("“" + name + "”（" + size / (1024 * 1024) + " MB）超过"
                + Attachment.MAX_BYTES / (1024 * 1024) + " MB");
        } else if (body.attachments.size() >= Attachment.MAX_COUNT) {
            body.refused.add("“" + name + "”超过" + Attachment.MAX_COUNT + "个附件");
        } else {
            body.attachments.add(new Attachment(name, type, size, null));
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (ParseException e) {
            return "unnamed";
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(GB_ENCODED_WORD.matcher(name).replaceAll("=?GB18030?"));
        } catch (UnsupportedEncodingException e) {
            // kept as sent
        }
        // Only the name: a path in it is the sender's, not ours.
        name = name.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException | NullPointerException e) {
            return "application/octet-stream";
        }
    }

    /** The decoded size, counted without keeping the bytes; a part clearly over the limit is not downloaded. */
    private static long size(Part part) throws MessagingException, IOException {
        // Base64 carries 57 bytes in each 78-byte line: an encoded size this large is over the limit for sure.
        if (part.getSize() > 0 && part.getSize() * 57L / 78 > Attachment.MAX_BYTES + Attachment.MAX_BYTES / 50) {
            return part.getSize() * 57L / 78;
        }
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static String decode(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(1024 * 1024);
        }
        String declared = null;
        try {
            declared = new ContentType(part.getContentType()).getParameter("charset");
        } catch (ParseException e) {
            // no usable charset: guessed below
        }
        Charset charset = charset(declared);
        if (charset != null) {
            return new String(bytes, charset);
        }
        // Undeclared or unknown: UTF-8 when the bytes are valid UTF-8, else the Chinese mailers' GB18030.
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static Charset charset(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (name.matches("gb2312|gbk|x-gbk|cp936|euc-cn|x-euc-cn|gb_2312-80")) {
            return Charset.forName("GB18030");
        }
        if (name.equals("us-ascii") || name.equals("ascii")) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static String htmlToText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        document.select("br").after("\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").after("\n");
        String text = document.body() == null ? "" : document.body().wholeText();
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String clean = line.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (!clean.isEmpty() || out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append(clean).append('\n');
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void append(StringBuilder into, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (into.length() > 0) {
            into.append("\n\n");
        }
        into.append(text.strip());
    }

    /** What the walk collected. */
    private static final class Body {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<Attachment> attachments = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
    }
}
