package org.hotline.console;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.hotline.telephony.TestAmiServer;
import org.hotline.telephony.TestSmsGateway;
import org.hotline.telephony.TestWeChatApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the application's integration tests: the whole application on real MariaDB ({@code hotline_console_test})
 * and Redis, on a random port, connected over AMI to one protocol-faithful {@link TestAmiServer} and sending SMS to
 * one {@link TestSmsGateway} for the whole run.
 * Every subclass shares one Spring context.
 */
@SpringBootTest(classes = HotlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"mysql", "it"})
public abstract class HotlineIntegrationSupport {

    protected static final TestAmiServer AMI = new TestAmiServer();
    /** The SMS gateway the notices go to, for the whole run. */
    protected static final TestSmsGateway SMS = new TestSmsGateway();
    /** WeChat's customer-service message API, for the whole run. */
    protected static final TestWeChatApi WECHAT = new TestWeChatApi("wx-it-appid");
    /** The hotline's mailbox (IMAP) and every citizen's (SMTP), for the whole run. */
    protected static final GreenMail MAIL = startMail();
    protected static final String MAILBOX = "hotline@hotline.local";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void amiServer(DynamicPropertyRegistry registry) {
        registry.add("hotline.ami.host", () -> "127.0.0.1");
        registry.add("hotline.ami.port", AMI::port);
        registry.add("hotline.ami.username", () -> TestAmiServer.USERNAME);
        registry.add("hotline.ami.secret", () -> TestAmiServer.SECRET);
        registry.add("hotline.channel.sms.gateway-url", SMS::url);
        registry.add("hotline.channel.sms.secret", () -> TestSmsGateway.SECRET);
        registry.add("hotline.channel.wechat.app-secret", () -> TestWeChatApi.APP_SECRET);
        registry.add("hotline.channel.wechat.api-url", WECHAT::url);
        registry.add("hotline.channel.email.imap-host", () -> "127.0.0.1");
        registry.add("hotline.channel.email.imap-port", () -> MAIL.getImap().getPort());
        registry.add("hotline.channel.email.ssl", () -> "false");
        registry.add("hotline.channel.email.username", () -> "hotline");
        registry.add("hotline.channel.email.password", () -> "mailbox-secret");
        registry.add("hotline.channel.email.smtp-host", () -> "127.0.0.1");
        registry.add("hotline.channel.email.smtp-port", () -> MAIL.getSmtp().getPort());
        registry.add("hotline.channel.email.smtp-ssl", () -> "false");
        registry.add("hotline.channel.email.from", () -> MAILBOX);
        // Tests poll the mailbox by hand.
        registry.add("hotline.channel.email.poll-interval", () -> "1h");
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        mail.start();
        mail.setUser(MAILBOX, "hotline", "mailbox-secret");
        return mail;
    }

    protected TestApi api() {
        return new TestApi(port);
    }
}
