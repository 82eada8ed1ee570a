package org.hotline.console.push;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;

import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.ServerContainer;
import org.glassfish.tyrus.spi.ServerContainerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * The Tyrus standalone WebSocket server (Grizzly container) on its own port, context path {@code /ws}, started and
 * stopped with the Spring context. Endpoints are registered programmatically with a configurator that creates each
 * {@link PushEndpoint} with the Spring-managed collaborators, so no static state bridges Tyrus and Spring.
 * Public so that other code can ask for the bound port ({@link #port()}); otherwise managed by Spring only.
 * Thread-safe.
 */
public final class PushServer implements SmartLifecycle {

    static final String CONTEXT_PATH = "/ws";

    private static final Logger log = LoggerFactory.getLogger(PushServer.class);
    private static final Set<String> WILDCARD_HOSTS = Set.of("0.0.0.0", "::", "[::]");

    private final PushProperties properties;
    private final PushEndpointContext context;

    private ServerContainer container;
    private volatile int port = -1;

    PushServer(PushProperties properties, PushEndpointContext context) {
        if (!WILDCARD_HOSTS.contains(properties.getHost())) {
            throw new IllegalStateException("hotline.push.host=" + properties.getHost()
                    + " cannot be honoured: the Tyrus Grizzly container listens on all interfaces; "
                    + "restrict access to hotline.push.port with a firewall instead");
        }
        this.properties = properties;
        this.context = context;
    }

    /**
     * @return the port the server listens on (the one picked when {@code hotline.push.port} is 0 or -1)
     * @throws IllegalStateException when the server is not running
     */
    public int port() {
        int bound = port;
        if (bound < 0) {
            throw new IllegalStateException("the push server is not running");
        }
        return bound;
    }

    @Override
    public synchronized void start() {
        if (container != null) {
            return;
        }
        // Frames are buffered up to this size before the endpoint sees them; a little above the protocol's limit so
        // the endpoint can answer an oversized message with a clean 1009.
        ServerContainer created = ServerContainerFactory.createServerContainer(Map.of(
                TyrusWebSocketEngine.INCOMING_BUFFER_SIZE, properties.getMaxMessageBytes() * 4));
        try {
            for (PushPath path : PushPath.values()) {
                created.addEndpoint(ServerEndpointConfig.Builder.create(PushEndpoint.class, path.path())
                        .configurator(new EndpointFactory(path, context))
                        .build());
            }
            created.start(CONTEXT_PATH, Math.max(0, properties.getPort()));
        } catch (IOException | DeploymentException e) {
            created.stop();
            throw new IllegalStateException("push server cannot listen on port " + properties.getPort(), e);
        }
        container = created;
        port = ((TyrusServerContainer) created).getPort();
        log.info("push server listening on port {} at {}", port, CONTEXT_PATH);
    }

    /**
     * Starts before the web server (which Spring Boot starts in phase
     * {@code WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024}), so the HTTP port accepts requests,
     * and reports ready, only once the push server listens; it stops after the web server.
     */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;
    }

    @Override
    public synchronized void stop() {
        if (container == null) {
            return;
        }
        container.stop();
        container = null;
        port = -1;
        log.info("push server stopped");
    }

    @Override
    public synchronized boolean isRunning() {
        return container != null;
    }

    private static final class EndpointFactory extends ServerEndpointConfig.Configurator {

        private final PushPath path;
        private final PushEndpointContext context;

        EndpointFactory(PushPath path, PushEndpointContext context) {
            this.path = path;
            this.context = context;
        }

        @Override
        public <T> T getEndpointInstance(Class<T> endpointClass) {
            return endpointClass.cast(new PushEndpoint(path, context));
        }

        /** A page of another site may not open a socket with a token it obtained; the handshake is refused (403). */
        @Override
        public boolean checkOrigin(String origin) {
            boolean allowed = PushOrigins.allowed(origin, context.properties().getAllowedOrigins());
            if (!allowed) {
                log.info("push handshake from origin {} refused", origin);
            }
            return allowed;
        }
    }
}
