package org.hotline.console.push;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hotline.console.security.ClusterBusRecovered;
import org.hotline.console.security.UserSessionsRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The cluster bus: delivers to this node's sessions directly and publishes to a Redis channel, every message signed
 * with the bus secret ({@link PushBusSigner}; unsigned or forged ones are dropped); a dedicated
 * subscriber thread delivers what other nodes publish (its own node's messages are recognised by node id and
 * skipped). The subscriber reconnects after a pause when Redis goes away; once subscribed again it replays from the
 * database, to every local session, what was sent after the last message seen before the outage (sessions skip what
 * they already had), so an outage delays messages but does not lose them. The same channel carries the ends of
 * users' sessions ({@link UserSessionsRevoked}) to the other nodes, signed alike; those missed during an outage are
 * found in the account audit once subscribed again ({@link ClusterBusRecovered}). Thread-safe; lifecycle-managed by
 * Spring.
 */
final class RedisPushBus implements PushBus, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisPushBus.class);
    private static final Duration FIRST_SUBSCRIPTION_WAIT = Duration.ofSeconds(5);

    private final JedisPooled jedis;
    private final PushBusSigner signer;
    private final AtomicLong dropped = new AtomicLong();
    private final String channel;
    private final Duration reconnectDelay;
    private final LocalSessions sessions;
    private final ObjectMapper mapper;
    private final PushCatchUp catchUp;
    private final PushMessageStore store;
    private final ApplicationEventPublisher events;
    private final String nodeId = UUID.randomUUID().toString();
    private final AtomicLong lastSeenId = new AtomicLong();
    private volatile long seenBeforeOutage;
    private volatile Instant outageSince;

    private final Object lock = new Object();
    private volatile boolean running;
    private volatile boolean subscribed;
    private volatile boolean failing;
    private Thread subscriber;
    private JedisPubSub subscription;
    private CountDownLatch firstSubscription;
    private CountDownLatch stopSignal;
    private ExecutorService recovery;

    RedisPushBus(JedisPooled jedis, PushProperties properties, LocalSessions sessions, ObjectMapper mapper,
                 PushCatchUp catchUp, PushMessageStore store, PushBusSigner signer, ApplicationEventPublisher events) {
        this.events = events;
        this.signer = signer;
        this.jedis = jedis;
        this.channel = properties.getRedisChannel();
        this.reconnectDelay = properties.getRedisReconnectDelay();
        this.sessions = sessions;
        this.mapper = mapper;
        this.catchUp = catchUp;
        this.store = store;
    }

    @Override
    public void publish(PushEnvelope envelope) {
        lastSeenId.accumulateAndGet(envelope.id(), Math::max);
        sessions.deliver(envelope);
        try {
            jedis.publish(channel, encode(envelope));
        } catch (JedisException e) {
            log.warn("push message {} not published to Redis channel {}: {}", envelope.id(), channel, e.getMessage());
        }
    }

    /**
     * Tells the other nodes to end the user's sessions and sockets; an event that came from another node is not
     * passed on again. A node that is not subscribed at that moment catches up from the account audit when it
     * subscribes again; when this node cannot publish, the others do not learn it before the idle timeout, so that is
     * logged as an error.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onRevoked(UserSessionsRevoked revoked) {
        if (revoked.fromOtherNode()) {
            return;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("node", nodeId);
        node.put("revoke", revoked.username());
        try {
            jedis.publish(channel, signer.sign(mapper.writeValueAsString(node)));
        } catch (JsonProcessingException | JedisException e) {
            log.error("the end of {}'s sessions was not sent to the other nodes: {}", revoked.username(),
                    e.getMessage());
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
            lastSeenId.accumulateAndGet(lastStoredId(), Math::max);
            firstSubscription = new CountDownLatch(1);
            stopSignal = new CountDownLatch(1);
            recovery = Executors.newSingleThreadExecutor(SuggestionDispatcher.namedThreads("push-redis-recovery-"));
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
            recovery.shutdownNow();
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
                    seenBeforeOutage = lastSeenId.get();
                    outageSince = Instant.now();
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

    private long lastStoredId() {
        try {
            return store.lastId();
        } catch (RuntimeException e) {
            log.warn("push bus cannot read the last message id; an early Redis outage will not be recovered: {}",
                    e.toString());
            return 0;
        }
    }

    private void recoverAfter(long since) {
        if (since == 0) {
            return;
        }
        for (PushConnection connection : sessions.all()) {
            catchUp.recover(connection, since);
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
            return signer.sign(mapper.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode push message " + envelope.id(), e);
        }
    }

    private void receive(String message) {
        String text = signer.verify(message);
        if (text == null) {
            // Logged once per power of two, so a flood of forgeries cannot flood the log.
            long count = dropped.incrementAndGet();
            if (Long.bitCount(count) == 1) {
                log.warn("dropped {} unsigned or forged message(s) on Redis channel {}", count, channel);
            }
            return;
        }
        try {
            JsonNode node = mapper.readTree(text);
            if (nodeId.equals(node.path("node").asText())) {
                return;
            }
            if (node.hasNonNull("revoke")) {
                events.publishEvent(new UserSessionsRevoked(node.get("revoke").asText(), true));
                return;
            }
            long id = node.path("id").asLong();
            lastSeenId.accumulateAndGet(id, Math::max);
            sessions.deliver(new PushEnvelope(id, TargetKind.valueOf(node.path("kind").asText()),
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
                long since = seenBeforeOutage;
                log.info("push bus subscribed again to Redis channel {}; replaying messages after {} to local sessions",
                        subscribedChannel, since);
                Instant lostAt = outageSince;
                try {
                    recovery.execute(() -> {
                        recoverAfter(since);
                        events.publishEvent(new ClusterBusRecovered(lostAt));
                    });
                } catch (RejectedExecutionException e) {
                    log.debug("push bus stopping, no replay after {}", since);
                }
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
