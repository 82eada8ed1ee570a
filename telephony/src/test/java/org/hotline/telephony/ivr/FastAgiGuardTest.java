package org.hotline.telephony.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.asteriskjava.util.SocketConnectionFacade;
import org.junit.jupiter.api.Test;

/** The FastAGI admission rules on real loopback sockets: allowed addresses, the cap per address, the read timeout. */
class FastAgiGuardTest {

    private static FastAgiProperties properties(int maxPerAddress) {
        FastAgiProperties properties = new FastAgiProperties();
        properties.setAllowedAddresses(List.of("127.0.0.1"));
        properties.setMaxConnectionsPerAddress(maxPerAddress);
        properties.setSocketTimeout(Duration.ofMillis(300));
        return properties;
    }

    @Test
    void refusesAForeignAddressAndCapsConnectionsPerAddress() throws IOException {
        FastAgiGuard guard = new FastAgiGuard(properties(1));
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
             Socket foreign = connect(server, "127.0.0.2");
             Socket first = connect(server, "127.0.0.1");
             Socket second = connect(server, "127.0.0.1");
             Socket third = connect(server, "127.0.0.1")) {
            Socket accepted = server.accept();
            assertThat(guard.admit(accepted)).isNull();
            assertThat(accepted.isClosed()).isTrue();

            SocketConnectionFacade admitted = guard.admit(server.accept());
            assertThat(admitted).isNotNull();
            Socket overCap = server.accept();
            assertThat(guard.admit(overCap)).isNull();
            assertThat(overCap.isClosed()).isTrue();

            admitted.close();
            SocketConnectionFacade afterClose = guard.admit(server.accept());
            assertThat(afterClose).isNotNull();
            assertThatThrownBy(afterClose::readLine).isInstanceOf(java.net.SocketTimeoutException.class);
            afterClose.close();
        }
    }

    @Test
    void refusesHostNamesInTheAllowList() {
        FastAgiProperties properties = properties(1);
        properties.setAllowedAddresses(List.of("asterisk.example.cn"));
        assertThatThrownBy(() -> new FastAgiGuard(properties)).isInstanceOf(IllegalStateException.class);
    }

    private static Socket connect(ServerSocket server, String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(server.getLocalSocketAddress(), 2000);
        return socket;
    }
}
