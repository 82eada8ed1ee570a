package org.hotline.telephony.ivr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * The FastAGI server: binds at start (so the bound port is known at once, also for port 0), serves the {@code ivr}
 * and {@code survey} scripts on Asterisk-Java's worker pool, and closes at stop. Only the configured Asterisk
 * addresses are served, each with a cap on open connections and a read timeout ({@link FastAgiGuard}). Thread-safe.
 */
public class FastAgiServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FastAgiServer.class);
    private static final int BACKLOG = 100;

    private final FastAgiProperties properties;
    private final Map<String, AgiScript> scripts;
    private volatile ServerSocket serverSocket;
    private volatile DefaultAgiServer server;
    private final FastAgiGuard guard;
    private Thread acceptor;

    FastAgiServer(FastAgiProperties properties, Map<String, AgiScript> scripts) {
        this.properties = properties;
        this.scripts = Map.copyOf(scripts);
        this.guard = new FastAgiGuard(properties);
    }

    /** @return the port the server listens on, or -1 when it is not running */
    public int port() {
        ServerSocket socket = serverSocket;
        return socket == null ? -1 : socket.getLocalPort();
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            serverSocket = new ServerSocket(properties.getPort(), BACKLOG,
                    InetAddress.getByName(properties.getAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind FastAGI to " + properties.getAddress() + ":"
                    + properties.getPort(), e);
        }
        ServerSocket bound = serverSocket;
        DefaultAgiServer agi = new DefaultAgiServer((MappingStrategy) (request, channel) -> scripts.get(request.getScript())) {
            @Override
            protected ServerSocketFacade createServerSocket() {
                return new ServerSocketFacade() {
                    @Override
                    public SocketConnectionFacade accept() throws IOException {
                        while (true) {
                            Socket socket = bound.accept();
                            SocketConnectionFacade admitted = guard.admit(socket);
                            if (admitted != null) {
                                return admitted;
                            }
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        bound.close();
                    }

                    @Override
                    public void setSocketReadTimeout(int timeout) {
                        // Reads block until Asterisk answers; a dead peer is noticed when its socket closes.
                    }
                };
            }
        };
        agi.setMaximumPoolSize(properties.getMaxSessions());
        agi.setPort(bound.getLocalPort());
        agi.setAddress(bound.getInetAddress());
        server = agi;
        acceptor = new Thread(() -> {
            try {
                agi.startup();
            } catch (IOException | IllegalStateException e) {
                if (!(e instanceof SocketException) && server != null) {
                    log.warn("FastAGI server stopped: {}", e.toString());
                }
            }
        }, "fastagi-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        log.info("FastAGI listening on {}:{} with scripts {}", properties.getAddress(), port(), scripts.keySet());
    }

    /**
     * Starts before the web server (which Spring Boot starts in phase
     * {@code WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024}), so the HTTP port accepts requests,
     * and reports ready, only once the FastAGI server listens; it stops after the web server.
     */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;
    }

    @Override
    public synchronized void stop() {
        DefaultAgiServer running = server;
        server = null;
        if (running != null) {
            try {
                running.shutdown();
            } catch (IllegalStateException e) {
                log.debug("FastAGI shutdown: {}", e.toString());
            }
        }
        try {
            if (serverSocket != null) {
                serverSocket.close();
            }
        } catch (IOException e) {
            log.debug("closing FastAGI socket: {}", e.toString());
        }
        serverSocket = null;
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }
}
