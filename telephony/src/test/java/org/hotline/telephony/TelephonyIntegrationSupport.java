package org.hotline.telephony;

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

    @DynamicPropertySource
    static void amiServer(DynamicPropertyRegistry registry) {
        registry.add("hotline.ami.host", () -> "127.0.0.1");
        registry.add("hotline.ami.port", AMI::port);
        registry.add("hotline.ami.username", () -> TestAmiServer.USERNAME);
        registry.add("hotline.ami.secret", () -> TestAmiServer.SECRET);
        registry.add("hotline.channel.sms.gateway-url", SMS::url);
        registry.add("hotline.channel.sms.secret", () -> TestSmsGateway.SECRET);
    }
}
