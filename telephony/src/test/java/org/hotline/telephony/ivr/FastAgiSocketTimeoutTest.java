package org.hotline.telephony.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code hotline.fastagi.socket-timeout} on the real FastAGI server over loopback TCP: a client that connects and
 * says nothing is disconnected once the timeout has passed, not before.
 */
class FastAgiSocketTimeoutTest {

    @Test
    void aSilentClientIsDisconnectedAfterTheConfiguredTimeout() throws IOException {
        FastAgiProperties properties = new FastAgiProperties();
        properties.setAddress("127.0.0.1");
        properties.setPort(0);
        properties.setAllowedAddresses(List.of("127.0.0.1"));
        properties.setSocketTimeout(Duration.ofMillis(700));
        FastAgiServer server = new FastAgiServer(properties, Map.of());
        server.start();
        try (Socket silent = new Socket()) {
            silent.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
            silent.setSoTimeout(200);
            long start = System.nanoTime();
            assertThat(readOrTimeout(silent)).as("still open right after connecting").isEqualTo(-2);

            silent.setSoTimeout(15_000);
            int end = readOrTimeout(silent);
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(end).as("closed by the server").isEqualTo(-1);
            assertThat(elapsedMillis).as("closed after the timeout, not on connect").isBetween(600L, 10_000L);
        } finally {
            server.stop();
        }
    }

    /** @return the byte read, -1 at end of stream or on reset, -2 when the read timed out */
    private static int readOrTimeout(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read();
        } catch (SocketTimeoutException e) {
            return -2;
        } catch (SocketException reset) {
            return -1;
        }
    }
}
