package org.hotline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import org.hotline.console.TestApi.Response;
import org.hotline.console.push.PushServer;
import org.hotline.telephony.ivr.FastAgiServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up order as a client meets it: the HTTP port opens only once the push server and the FastAGI server listen,
 * so the first request that reaches the application can already fetch a push token.
 */
class StartupReadinessIT {

    @Test
    void theHttpPortOpensOnlyAfterThePushAndFastAgiServersListen() throws IOException {
        AtomicReference<String> atWebServerStart = new AtomicReference<>();
        ApplicationListener<ServletWebServerInitializedEvent> probe = event -> atWebServerStart.set(
            pushState(event.getApplicationContext().getBean(PushServer.class))
                + "/" + listening(event.getApplicationContext().getBean(FastAgiServer.class).port()));

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HotlineApplication.class)
            .listeners(probe)
            // Arguments, not default properties: application.yml outranks default properties, so these would lose
            // to its ./data directory and fixed ports.
            .run("--hotline.data-dir=" + Files.createTempDirectory("hotline-startup"), "--server.port=0",
                "--hotline.seed.sample-city=false", "--hotline.push.port=0", "--hotline.fastagi.enabled=true",
                "--hotline.fastagi.port=0")) {

            assertThat(atWebServerStart.get()).as("push/FastAGI when the HTTP port opened")
                .isEqualTo("listening/listening");
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            TestApi api = new TestApi(port);
            Response token = api.get("agent1", "/api/push/token");
            assertThat(token.status()).as(token.toString()).isEqualTo(200);
            assertThat(api.get(null, "/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
        }
    }

    private static String pushState(PushServer push) {
        try {
            return listening(push.port());
        } catch (IllegalStateException e) {
            return "not running";
        }
    }

    private static String listening(int port) {
        if (port <= 0) {
            return "not bound";
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return "listening";
        } catch (IOException e) {
            return "refusing";
        }
    }
}
