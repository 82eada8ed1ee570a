package org.hotline.console.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hotline.console.security.CurrentUser;

/** The authenticated sessions of this node, indexed by user, role and department. Thread-safe. */
final class LocalSessions {

    private final Map<String, Set<PushConnection>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Set<PushConnection>> byRole = new ConcurrentHashMap<>();
    private final Map<String, Set<PushConnection>> byDepartment = new ConcurrentHashMap<>();

    void register(PushConnection connection) {
        CurrentUser user = connection.user();
        add(byUser, user.username(), connection);
        add(byRole, user.role().name(), connection);
        if (user.departmentCode() != null) {
            add(byDepartment, user.departmentCode(), connection);
        }
    }

    void unregister(PushConnection connection) {
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
