package org.hotline.console;

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
    }

    protected TestApi api() {
        return new TestApi(port);
    }
}
