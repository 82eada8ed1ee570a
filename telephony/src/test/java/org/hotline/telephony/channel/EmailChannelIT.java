package org.hotline.telephony.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.hotline.telephony.Attachment;
import org.hotline.telephony.Contact;
import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.Contacts;
import org.hotline.telephony.EmailChannel;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The e-mail channel against GreenMail: real IMAP polling, real SMTP replies. */
class EmailChannelIT extends TelephonyIntegrationSupport {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Autowired
    EmailChannel email;
    @Autowired
    Contacts contacts;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyMailbox() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void eachChineseCharsetAndEncodedWordSubjectIsReadIntact() throws Exception {
        // 镕 is in GBK but not in GB2312: mailers declare GB2312 for GBK text, so GB2312 must be read as GB18030.
        String subject = "朱镕基路噪音扰民";
        String body = "小区楼下夜间施工，噪音很大，请尽快处理！电话13800138000";
        String token = UUID.randomUUID().toString();
        for (String charset : List.of("GBK", "GB2312", "GB18030", "UTF-8")) {
            String id = messageId();
            String citizen = citizen();
            String bytes = charset.equals("GB2312") ? "GBK" : charset;
            String encodedSubject = "=?" + charset + "?B?" + base64(subject, bytes) + "?=";
            deliver(raw(id, citizen, encodedSubject, "text/plain; charset=" + charset, "base64",
                base64(body, bytes).getBytes(StandardCharsets.US_ASCII)));
            deliver(raw(messageId(), citizen(), "=?" + charset + "?Q?" + quoted("回复", charset) + "?=",
                "text/plain; charset=\"" + charset.toLowerCase() + "\"", "8bit", ("八比特正文" + token).getBytes(charset)));

            assertThat(email.pollOnce()).as(charset).isEqualTo(new EmailChannel.Poll(2, 0, 0));

            Contact contact = contacts.findByExternalId(ContactChannel.EMAIL, id).orElseThrow();
            assertThat(contact.text()).as(charset).isEqualTo("主题：" + subject + "\n\n" + body);
            assertThat(contact.identity().kind()).isEqualTo(IdentityKind.EMAIL);
            assertThat(contact.identity().value()).isEqualTo(citizen);
            assertThat(contact.citizenName()).isEqualTo("王小明");
        }
        assertThat(contactsWithText("八比特正文" + token)).as("8bit bodies in every charset").isEqualTo(4);
    }

    @Test
    void htmlOnlyMailBecomesReadableText() throws Exception {
        String id = messageId();
        String html = "<html><head><title>t</title><style>p{color:red}</style></head><body>"
            + "<script>alert('x')</script><p>路灯&nbsp;不亮</p><div>已经<b>三天</b>了<br>请维修</div></body></html>";
        deliver(raw(id, citizen(), "Street light", "text/html; charset=UTF-8", "8bit",
            html.getBytes(StandardCharsets.UTF_8)));

        email.pollOnce();

        String text = contacts.findByExternalId(ContactChannel.EMAIL, id).orElseThrow().text();
        assertThat(text).isEqualTo("主题：Street light\n\n路灯 不亮\n已经三天了\n请维修");
    }

    @Test
    void attachmentsAreKeptAsMetadataWithinTheLimits() throws Exception {
        String id = messageId();
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setFrom(new InternetAddress(citizen()));
        mail.setSubject("井盖丢失", "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("见附件照片", "UTF-8");
        mixed.addBodyPart(text);
        mixed.addBodyPart(file("现场照片.png", "image/png", 2048));
        mixed.addBodyPart(file("报告.pdf", "application/pdf", (int) Attachment.MAX_BYTES + 1));
        mixed.addBodyPart(file("tool.exe", "application/x-msdownload", 100));
        mail.setContent(mixed);
        mail.saveChanges();
        mail.setHeader("Message-ID", id);
        deliver(mail);

        assertThat(email.pollOnce()).isEqualTo(new EmailChannel.Poll(1, 0, 0));

        Contact contact = contacts.findByExternalId(ContactChannel.EMAIL, id).orElseThrow();
        assertThat(contact.attachments()).containsExactly(new Attachment("现场照片.png", "image/png", 2048, null));
        assertThat(contact.text()).startsWith("主题：井盖丢失\n\n见附件照片")
            .contains("[未接收的附件]", "“报告.pdf”（10 MB）超过10 MB", "“tool.exe”（application/x-msdownload）类型不允许");
    }

    @Test
    void aRepeatedMessageIdIsOneContactAndEveryMailIsMovedOut() throws Exception {
        String id = messageId();
        String text = "楼上噪音" + UUID.randomUUID();
        byte[] mail = raw(id, citizen(), "Noise", "text/plain; charset=UTF-8", "8bit",
            text.getBytes(StandardCharsets.UTF_8));
        deliver(mail);
        deliver(mail);

        assertThat(email.pollOnce()).isEqualTo(new EmailChannel.Poll(1, 1, 0));
        deliver(mail);
        assertThat(email.pollOnce()).isEqualTo(new EmailChannel.Poll(0, 1, 0));

        assertThat(contactsWithText(text)).isEqualTo(1);
        assertThat(count("INBOX")).isZero();
        assertThat(count("Processed")).isEqualTo(3);
    }

    @Test
    void malformedMailGoesToTheErrorFolderAndThePollGoesOn() throws Exception {
        String good = messageId();
        deliver(raw(messageId(), null, "No sender", "text/plain; charset=UTF-8", "8bit", "x".getBytes()));
        deliver(raw(messageId(), "not an address", "Bad sender", "text/plain; charset=UTF-8", "8bit", "x".getBytes()));
        deliver(raw(messageId(), citizen(), "", "text/plain; charset=UTF-8", "8bit", new byte[0]));
        deliver(raw(messageId(), citizen(), "Out of office", "text/plain; charset=UTF-8", "8bit", "休假中".getBytes(
            StandardCharsets.UTF_8), "Auto-Submitted: auto-replied"));
        deliver(raw(good, citizen(), "Pothole", "text/plain; charset=UTF-8", "8bit",
            "路面坑洼".getBytes(StandardCharsets.UTF_8)));

        assertThat(email.pollOnce()).isEqualTo(new EmailChannel.Poll(1, 0, 4));

        assertThat(contacts.findByExternalId(ContactChannel.EMAIL, good)).isPresent();
        assertThat(count("INBOX")).isZero();
        assertThat(count("Error")).isEqualTo(4);
        assertThat(count("Processed")).isEqualTo(1);
    }

    @Test
    void theCitizenGetsTheContactNumberBackOverSmtpOnce() throws Exception {
        String id = messageId();
        String citizen = citizen();
        byte[] mail = raw(id, citizen, "Tree fell", "text/plain; charset=UTF-8", "8bit",
            "大树倒在路上".getBytes(StandardCharsets.UTF_8));
        deliver(mail);
        email.pollOnce();
        deliver(mail);
        email.pollOnce();
        String contactNo = contacts.findByExternalId(ContactChannel.EMAIL, id).orElseThrow().contactNo();

        await().atMost(Duration.ofSeconds(20)).until(() -> repliesTo(citizen).size() == 1);
        MimeMessage reply = repliesTo(citizen).get(0);
        assertThat(reply.getSubject()).isEqualTo("【12345热线】您的来信已收到");
        assertThat(((InternetAddress) reply.getFrom()[0]).getAddress()).isEqualTo(MAILBOX);
        assertThat(reply.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(reply.getContent().toString()).contains(contactNo, "24小时");
        // A redelivered mail is answered once: the single reply stays single.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> repliesTo(citizen).size() == 1);
    }

    private static List<MimeMessage> repliesTo(String citizen) {
        return MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(citizen), m -> true).toList();
    }

    private int contactsWithText(String text) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM telephony_contact WHERE channel = 'EMAIL' AND content_text LIKE ?",
            Integer.class, "%" + text + "%");
    }

    private static int count(String folderName) throws Exception {
        Store store = SESSION.getStore("imap");
        store.connect("127.0.0.1", MAIL.getImap().getPort(), MAILBOX_LOGIN, MAILBOX_PASSWORD);
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return (int) java.util.Arrays.stream(folder.getMessages()).filter(m -> {
                    try {
                        return !m.isSet(jakarta.mail.Flags.Flag.DELETED);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).count();
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static void deliver(byte[] raw) throws Exception {
        deliver(new MimeMessage(SESSION, new ByteArrayInputStream(raw)));
    }

    private static void deliver(MimeMessage mail) throws Exception {
        MAIL.getUserManager().getUserByEmail(MAILBOX).deliver(mail);
    }

    private static byte[] raw(String messageId, String from, String subject, String contentType, String encoding,
                              byte[] body, String... extraHeaders) throws Exception {
        StringBuilder head = new StringBuilder();
        head.append("Message-ID: ").append(messageId).append("\r\n");
        if (from != null) {
            head.append("From: =?UTF-8?B?").append(base64("王小明", "UTF-8")).append("?= <").append(from)
                .append(">\r\n");
        }
        head.append("To: ").append(MAILBOX).append("\r\n");
        head.append("Subject: ").append(subject).append("\r\n");
        head.append("Date: Mon, 7 Dec 2026 09:30:00 +0800\r\n");
        head.append("MIME-Version: 1.0\r\n");
        head.append("Content-Type: ").append(contentType).append("\r\n");
        head.append("Content-Transfer-Encoding: ").append(encoding).append("\r\n");
        for (String header : extraHeaders) {
            head.append(header).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static MimeBodyPart file(String name, String type, int size) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(new byte[size], type)));
        part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(name, "UTF-8", "B"));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static String base64(String text, String charset) {
        return Base64.getEncoder().encodeToString(text.getBytes(Charset.forName(charset)));
    }

    private static String quoted(String text, String charset) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(Charset.forName(charset))) {
            out.append('=').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    private static String messageId() {
        return "<" + UUID.randomUUID() + "@mail.example.cn>";
    }

    private static String citizen() {
        return "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
    }

}
