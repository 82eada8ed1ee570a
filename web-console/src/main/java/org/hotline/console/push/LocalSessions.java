package org.hotline.console.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.websocket.CloseReason;

import org.hotline.console.security.CurrentUser;

/** The authenticated sessions of this node, indexed by user, role and department. Thread-safe. */
final class LocalSessions {

    private final Map<String, Set<PushConnection>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Set<PushConnection>> byRole = new ConcurrentHashMap<>();
    private final Map<String, Set<PushConnection>> byDepartment = new ConcurrentHashMap<>();
    private final Map<String, Set<PushConnection>> byHttpSession = new ConcurrentHashMap<>();
    private final Map<PushConnection, String> httpSessionOf = new ConcurrentHashMap<>();

    /**
     * Registers the connection unless its user has {@code maxPerUser} sockets on this node already or the node has
     * {@code maxTotal}; @return whether it was registered.
     *
     * @param httpSession digest of the HTTP session the socket's token was issued to; empty for none
     */
    synchronized boolean register(PushConnection connection, String httpSession, int maxPerUser, int maxTotal) {
        Set<PushConnection> ofUser = byUser.get(connection.user().username());
        if ((ofUser != null && ofUser.size() >= maxPerUser) || httpSessionOf.size() >= maxTotal) {
            return false;
        }
        register(connection);
        httpSessionOf.put(connection, httpSession);
        if (!httpSession.isEmpty()) {
            add(byHttpSession, httpSession, connection);
        }
        return true;
    }

    void register(PushConnection connection) {
        CurrentUser user = connection.user();
        add(byUser, user.username(), connection);
        add(byRole, user.role().name(), connection);
        if (user.departmentCode() != null) {
            add(byDepartment, user.departmentCode(), connection);
        }
    }

    void unregister(PushConnection connection) {
        String httpSession = httpSessionOf.remove(connection);
        if (httpSession != null && !httpSession.isEmpty()) {
            remove(byHttpSession, httpSession, connection);
        }
        CurrentUser user = connection.user();
        remove(byUser, user.username(), connection);
        remove(byRole, user.role().name(), connection);
        if (user.departmentCode() != null) {
            remove(byDepartment, user.departmentCode(), connection);
        }
    }

    /** Hands the message to every local session it is addressed to. */
    void deliver(PushEnvelope envelope) {
        Map<String, Set<PushConnection>> index = switch (envelope.targetKind()) {
            case USER -> byUser;
            case ROLE -> byRole;
            case DEPARTMENT -> byDepartment;
        };
        Set<PushConnection> connections = index.get(envelope.target());
        if (connections != null) {
            for (PushConnection connection : connections) {
                connection.deliver(envelope);
            }
        }
    }

    /** Closes every session of this node opened by the user; @return how many. */
    int closeUser(String username, CloseReason reason) {
        return close(byUser.get(username), reason);
    }

    /** Closes every socket opened with a token issued to the HTTP session (by digest); @return how many. */
    int closeHttpSession(String httpSession, CloseReason reason) {
        return close(byHttpSession.get(httpSession), reason);
    }

    private static int close(Set<PushConnection> connections, CloseReason reason) {
        if (connections == null) {
            return 0;
        }
        List<PushConnection> closing = new ArrayList<>(connections);
        closing.forEach(connection -> connection.close(reason));
        return closing.size();
    }

    /** Every session of this node, each once. */
    List<PushConnection> all() {
        List<PushConnection> all = new ArrayList<>();
        byUser.values().forEach(all::addAll);
        return all;
    }

    private static void add(Map<String, Set<PushConnection>> index, String key, PushConnection connection) {
        index.compute(key, (k, set) -> {
            Set<PushConnection> connections = set == null ? ConcurrentHashMap.newKeySet() : set;
            connections.add(connection);
            return connections;
        });
    }

    private static void remove(Map<String, Set<PushConnection>> index, String key, PushConnection connection) {
        index.computeIfPresent(key, (k, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }
}
