package org.hotline.telephony;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Spring integration tests: one cached context on the test database, connected over AMI to one
 * {@link TestAmiServer} for the whole run.
 */
@SpringBootTest(classes = TelephonyTestApplication.class)
public abstract class TelephonyIntegrationSupport {

    protected static final TestAmiServer AMI = new TestAmiServer();
    /** The SMS gateway the notices go to, for the whole run (one context: a second one would also join the AMI). */
    protected static final TestSmsGateway SMS = new TestSmsGateway();
    /** WeChat's API for customer-service messages. */
    protected static final TestWeChatApi WECHAT = new TestWeChatApi();
    /** A real IMAP and SMTP server on free ports: the hotline's mailbox and every citizen's. */
    protected static final GreenMail MAIL = startMail();
    protected static final String MAILBOX = "hotline@hotline.local";
    protected static final String MAILBOX_LOGIN = "hotline";
    protected static final String MAILBOX_PASSWORD = "mailbox-secret";

    @DynamicPropertySource
    static void amiServer(DynamicPropertyRegistry registry) {
        registry.add("hotline.ami.host", () -> "127.0.0.1");
        registry.add("hotline.ami.port", AMI::port);
        registry.add("hotline.ami.username", () -> TestAmiServer.USERNAME);
        registry.add("hotline.ami.secret", () -> TestAmiServer.SECRET);
        registry.add("hotline.channel.sms.gateway-url", SMS::url);
        registry.add("hotline.channel.sms.secret", () -> TestSmsGateway.SECRET);
        registry.add("hotline.channel.email.imap-host", () -> "127.0.0.1");
        registry.add("hotline.channel.email.imap-port", () -> MAIL.getImap().getPort());
        registry.add("hotline.channel.email.ssl", () -> "false");
        registry.add("hotline.channel.email.username", () -> MAILBOX_LOGIN);
        registry.add("hotline.channel.email.password", () -> MAILBOX_PASSWORD);
        registry.add("hotline.channel.email.smtp-host", () -> "127.0.0.1");
        registry.add("hotline.channel.email.smtp-port", () -> MAIL.getSmtp().getPort());
        registry.add("hotline.channel.email.smtp-ssl", () -> "false");
        registry.add("hotline.channel.email.from", () -> "12345热线 <" + MAILBOX + ">");
        registry.add("hotline.channel.wechat.app-id", () -> TestWeChatApi.APP_ID);
        registry.add("hotline.channel.wechat.app-secret", () -> TestWeChatApi.APP_SECRET);
        registry.add("hotline.channel.wechat.api-url", WECHAT::url);
        // The tests poll by hand, so each one knows what the poll took in.
        registry.add("hotline.channel.email.poll-interval", () -> "1h");
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        mail.start();
        mail.setUser(MAILBOX, MAILBOX_LOGIN, MAILBOX_PASSWORD);
        return mail;
    }
}
