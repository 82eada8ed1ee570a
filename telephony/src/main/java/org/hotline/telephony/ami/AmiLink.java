package org.hotline.telephony.ami;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.hotline.telephony.AmiHealth;
import org.hotline.telephony.TelephonyActionFailedException;
import org.hotline.telephony.TelephonyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Asterisk server: owns its {@link ManagerConnection}, logs in with exponential backoff, lets Asterisk-Java
 * re-establish a dropped link, and reconciles after every login (the {@code ConnectEvent} of each login).
 */
final class AmiLink {

    private static final Logger log = LoggerFactory.getLogger(AmiLink.class);

    private final AmiProperties.Server server;
    private final AmiProperties settings;
    private final AmiEventTranslator translator;
    private final String queue;
    private final ManagerConnection connection;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService reconciler;
    private volatile boolean up;
    private volatile boolean stopped;
    private volatile int connects;
    private volatile Instant lastChange;
    private Duration nextDelay;

    AmiLink(AmiProperties.Server server, AmiProperties settings, AmiEventTranslator translator, String queue) {
        this.server = server;
        this.settings = settings;
        this.translator = translator;
        this.queue = queue;
        this.connection = new ManagerConnectionFactory(server.getHost(), server.getPort(), server.getUsername(),
                server.getSecret()).createManagerConnection();
        this.connection.addEventListener(this::onEvent);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ami-login-" + server.name()));
        this.reconciler = Executors.newSingleThreadExecutor(r -> daemon(r, "ami-reconcile-" + server.name()));
        this.nextDelay = settings.getReconnectMin();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    String name() {
        return server.name();
    }

    boolean isUp() {
        return up;
    }

    AmiHealth.ServerHealth health() {
        return new AmiHealth.ServerHealth(name(), up, connects, lastChange);
    }

    void start() {
        scheduler.execute(this::loginOrRetry);
    }

    void stop() {
        stopped = true;
        scheduler.shutdownNow();
        reconciler.shutdownNow();
        ManagerConnectionState state = connection.getState();
        if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
            try {
                connection.logoff();
            } catch (RuntimeException e) {
                log.debug("logoff from {} failed: {}", name(), e.toString());
            }
        }
        up = false;
    }

    private void loginOrRetry() {
        if (stopped) {
            return;
        }
        ManagerConnectionState state = connection.getState();
        if (state == ManagerConnectionState.INITIAL || state == ManagerConnectionState.DISCONNECTED) {
            try {
                connection.login();
                nextDelay = settings.getReconnectMin();
            } catch (IOException | AuthenticationFailedException | TimeoutException | IllegalStateException e) {
                log.warn("AMI login to {} failed ({}); retrying in {} ms", name(), e.getMessage(),
                        nextDelay.toMillis());
                Duration delay = nextDelay;
                nextDelay = delay.multipliedBy(2).compareTo(settings.getReconnectMax()) > 0
                        ? settings.getReconnectMax() : delay.multipliedBy(2);
                scheduler.schedule(this::loginOrRetry, delay.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
        }
        // Asterisk-Java reconnects a dropped link by itself; this watchdog only restarts a link it gave up on.
        scheduler.schedule(this::loginOrRetry, settings.getReconnectMax().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onEvent(ManagerEvent event) {
        if (event instanceof ConnectEvent) {
            up = true;
            connects++;
            lastChange = Instant.now();
            log.info("AMI link to {} is up (login #{})", name(), connects);
            reconciler.execute(this::reconcile);
        } else if (event instanceof DisconnectEvent) {
            if (up) {
                log.warn("AMI link to {} dropped", name());
            }
            up = false;
            lastChange = Instant.now();
        } else if (!(event instanceof ResponseEvent response) || response.getActionId() == null) {
            translator.onEvent(name(), event);
        }
    }

    void reconcile() {
        try {
            ResponseEvents channels = connection.sendEventGeneratingAction(new CoreShowChannelsAction(),
                    settings.getResponseTimeout().toMillis());
            List<ChannelSnapshot> snapshot = new ArrayList<>();
            for (ResponseEvent e : channels.getEvents()) {
                if (e instanceof CoreShowChannelEvent c) {
                    snapshot.add(new ChannelSnapshot(c.getUniqueid(), c.getLinkedid(), c.getChannel(), c.getContext(),
                            c.getApplication(), c.getApplicationdata(), c.getCallerIdNum(), c.getCallerIdName()));
                }
            }
            translator.reconcileChannels(name(), snapshot);
            QueueStatusAction status = new QueueStatusAction();
            status.setQueue(queue);
            ResponseEvents members = connection.sendEventGeneratingAction(status,
                    settings.getResponseTimeout().toMillis());
            List<MemberSnapshot> memberSnapshot = new ArrayList<>();
            for (ResponseEvent e : members.getEvents()) {
                if (e instanceof QueueMemberEvent m) {
                    memberSnapshot.add(new MemberSnapshot(m.getQueue(), m.getLocation(), m.getStatus(),
                            Boolean.TRUE.equals(m.getPaused()), m.getPausedreason()));
                }
            }
            translator.reconcileMembers(memberSnapshot);
            log.info("AMI {} reconciled: {} channels, {} queue members", name(), snapshot.size(),
                    memberSnapshot.size());
        } catch (Exception e) {
            log.warn("AMI {} reconciliation failed: {}", name(), e.toString());
        }
    }

    /** Sends an action and returns Asterisk's success response. */
    ManagerResponse send(ManagerAction action) {
        if (!up) {
            throw new TelephonyUnavailableException("AMI link to " + name() + " is down");
        }
        ManagerResponse response;
        try {
            response = connection.sendAction(action, settings.getResponseTimeout().toMillis());
        } catch (IOException | TimeoutException | IllegalStateException e) {
            throw new TelephonyUnavailableException("AMI " + action.getAction() + " to " + name() + " failed", e);
        }
        if (response instanceof ManagerError || response == null || "Error".equalsIgnoreCase(response.getResponse())) {
            throw new TelephonyActionFailedException(action.getAction() + " refused: "
                    + (response == null ? "no response" : response.getMessage()));
        }
        return response;
    }
}
