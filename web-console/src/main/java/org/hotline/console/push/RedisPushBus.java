package org.hotline.console.push;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The cluster bus: delivers to this node's sessions directly and publishes to a Redis channel; a dedicated
 * subscriber thread delivers what other nodes publish (its own node's messages are recognised by node id and
 * skipped). The subscriber reconnects after a pause when Redis goes away; messages published meanwhile are not
 * replayed live but remain available for catch-up from the database. Thread-safe; lifecycle-managed by Spring.
 */
final class RedisPushBus implements PushBus, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisPushBus.class);
    private static final Duration FIRST_SUBSCRIPTION_WAIT = Duration.ofSeconds(5);

    private final JedisPooled jedis;
    private final String channel;
    private final Duration reconnectDelay;
    private final LocalSessions sessions;
    private final ObjectMapper mapper;
    private final String nodeId = UUID.randomUUID().toString();

    private final Object lock = new Object();
    private volatile boolean running;
    private volatile boolean subscribed;
    private volatile boolean failing;
    private Thread subscriber;
    private JedisPubSub subscription;
    private CountDownLatch firstSubscription;
    private CountDownLatch stopSignal;

    RedisPushBus(JedisPooled jedis, PushProperties properties, LocalSessions sessions, ObjectMapper mapper) {
        this.jedis = jedis;
        this.channel = properties.getRedisChannel();
        this.reconnectDelay = properties.getRedisReconnectDelay();
        this.sessions = sessions;
        this.mapper = mapper;
    }

    @Override
    public void publish(PushEnvelope envelope) {
        sessions.deliver(envelope);
        try {
            jedis.publish(channel, encode(envelope));
        } catch (JedisException e) {
            log.warn("push message {} not published to Redis channel {}: {}", envelope.id(), channel, e.getMessage());
        }
    }

    /** Whether the subscriber currently listens, i.e. messages of other nodes arrive live. */
    boolean isSubscribed() {
        return subscribed;
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            firstSubscription = new CountDownLatch(1);
            stopSignal = new CountDownLatch(1);
            subscriber = new Thread(this::subscribeUntilStopped, "push-redis-subscriber");
            subscriber.setDaemon(true);
            subscriber.start();
        }
        try {
            if (!firstSubscription.await(FIRST_SUBSCRIPTION_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("push bus not yet subscribed to Redis channel {}; retrying in the background", channel);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (lock) {
            if (!running) {
                return;
            }
            running = false;
            stopSignal.countDown();
            if (subscription != null && subscription.isSubscribed()) {
                subscription.unsubscribe();
            }
            thread = subscriber;
        }
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void subscribeUntilStopped() {
        while (running) {
            JedisPubSub pubSub = new Subscription();
            synchronized (lock) {
                if (!running) {
                    return;
                }
                subscription = pubSub;
            }
            try {
                jedis.subscribe(pubSub, channel);
            } catch (JedisException e) {
                if (!failing) {
                    log.warn("push bus lost Redis channel {}: {}; reconnecting every {}", channel, e.getMessage(),
                            reconnectDelay);
                }
                failing = true;
            } finally {
                subscribed = false;
            }
            try {
                if (stopSignal.await(reconnectDelay.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String encode(PushEnvelope envelope) {
        ObjectNode node = mapper.createObjectNode();
        node.put("node", nodeId);
        node.put("id", envelope.id());
        node.put("kind", envelope.targetKind().name());
        node.put("target", envelope.target());
        node.put("frame", envelope.frame());
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode push message " + envelope.id(), e);
        }
    }

    private void receive(String text) {
        try {
            JsonNode node = mapper.readTree(text);
            if (nodeId.equals(node.path("node").asText())) {
                return;
            }
            sessions.deliver(new PushEnvelope(node.path("id").asLong(), TargetKind.valueOf(node.path("kind").asText()),
                    node.path("target").asText(), node.path("frame").asText()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            log.warn("ignored a malformed message on Redis channel {}: {}", channel, e.getMessage());
        }
    }

    private final class Subscription extends JedisPubSub {

        @Override
        public void onSubscribe(String subscribedChannel, int subscribedChannels) {
            subscribed = true;
            if (failing) {
                failing = false;
                log.info("push bus subscribed again to Redis channel {}", subscribedChannel);
            } else {
                log.info("push bus subscribed to Redis channel {} as node {}", subscribedChannel, nodeId);
            }
            firstSubscription.countDown();
        }

        @Override
        public void onMessage(String messageChannel, String message) {
            receive(message);
        }
    }
}
