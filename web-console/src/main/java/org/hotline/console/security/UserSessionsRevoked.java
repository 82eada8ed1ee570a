package org.hotline.console.security;

/**
 * Published (as a Spring application event, after the change commits) when a user's open sessions must end: the
 * account was disabled, its password reset or its role or department changed. Every node acts on it: the node that
 * made the change publishes it locally and the cluster bus carries it to the others, where it is published again
 * with {@code fromOtherNode}; each node expires its HTTP sessions of the user, closes the user's push sockets and
 * drops the user's cached API keys.
 *
 * @param username      the account whose sessions end
 * @param fromOtherNode whether another node made the change (the bus does not pass such an event on again)
 */
public record UserSessionsRevoked(String username, boolean fromOtherNode) {

    /** A change made on this node. */
    public UserSessionsRevoked(String username) {
        this(username, false);
    }
}
