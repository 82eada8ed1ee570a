package org.hotline.telephony.ivr;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits a FastAGI connection only from {@code hotline.fastagi.allowed-addresses}, at most
 * {@code max-connections-per-address} at once per address, and with {@code socket-timeout} on reads. A refused
 * connection is closed before a line is read. Thread-safe.
 */
final class FastAgiGuard {

    private static final Logger log = LoggerFactory.getLogger(FastAgiGuard.class);

    private final Set<InetAddress> allowed;
    private final int maxPerAddress;
    private final int timeoutMillis;
    private final Map<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();

    FastAgiGuard(FastAgiProperties properties) {
        this.allowed = properties.getAllowedAddresses().stream().map(FastAgiGuard::literal)
                .collect(Collectors.toUnmodifiableSet());
        if (allowed.isEmpty()) {
            throw new IllegalStateException("hotline.fastagi.allowed-addresses must name the Asterisk servers");
        }
        this.maxPerAddress = properties.getMaxConnectionsPerAddress();
        this.timeoutMillis = Math.toIntExact(properties.getSocketTimeout().toMillis());
    }

    /** @return the connection to serve, or {@code null} when it was refused (and closed) */
    SocketConnectionFacade admit(Socket socket) throws IOException {
        InetAddress peer = socket.getInetAddress();
        if (!allowed.contains(peer)) {
            log.warn("FastAGI connection from {} refused: not in hotline.fastagi.allowed-addresses", peer);
            closeQuietly(socket);
            return null;
        }
        AtomicInteger count = open.computeIfAbsent(peer, address -> new AtomicInteger());
        if (count.incrementAndGet() > maxPerAddress) {
            count.decrementAndGet();
            log.warn("FastAGI connection from {} refused: {} open already", peer, maxPerAddress);
            closeQuietly(socket);
            return null;
        }
        try {
            socket.setSoTimeout(timeoutMillis);
            return new AgiSocket(socket, count::decrementAndGet);
        } catch (IOException e) {
            count.decrementAndGet();
            closeQuietly(socket);
            throw e;
        }
    }

    private static InetAddress literal(String address) {
        try {
            // getByName on a literal does no lookup; a host name would resolve once here, so refuse it instead.
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalStateException("hotline.fastagi.allowed-addresses takes IP addresses: " + address);
            }
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an IP address in hotline.fastagi.allowed-addresses: " + address, e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof SocketException)) {
                log.debug("closing refused FastAGI socket: {}", e.toString());
            }
        }
    }
}
