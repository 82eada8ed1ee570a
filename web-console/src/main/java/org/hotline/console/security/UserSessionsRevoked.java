package org.hotline.console.security;

/**
 * Published (as a Spring application event, after the change commits) when a user's open sessions must end: the
 * account was disabled, its password reset or its role or department changed. The HTTP sessions of this node are
 * expired and the user's push sockets closed.
 *
 * @param username the account whose sessions end
 */
public record UserSessionsRevoked(String username) {
}
