package org.hotline.console.push;

import java.util.List;

import org.hotline.console.security.ConsoleRole;

/**
 * Sends messages to the console's WebSocket clients (agent desktop, department portal, supervisor dashboards), on
 * this node and on every other node of the cluster.
 *
 * <p>Every message is first stored (table {@code console_push_message}) and gets an increasing id; then it is
 * delivered live to the matching sessions of every node. A client that was disconnected reconnects with
 * {@code ?after=<last id>} and receives what it missed, in id order, before live messages. When the caller runs
 * inside a Spring transaction the message is stored in that transaction and delivered only after it commits, so a
 * rolled-back change never reaches a screen.
 *
 * <p>Delivery is at-most-once per live session and asynchronous: a method returns once the message is stored and
 * handed to the local sessions and the cross-node bus, not when clients have received it. A session too slow to
 * keep up is closed (code 1013) and catches up when it reconnects. If the cross-node bus is unavailable the message
 * still reaches this node's sessions and stays available for catch-up; the failure is logged, not thrown.
 *
 * <p>Thread-safe: may be called from any thread, concurrently.
 */
public interface PushHub {

    /**
     * Sends to every session of one console user, whatever endpoint the user connected to.
     *
     * @param username the login name, 1–64 characters
     * @param message  the message
     * @return the stored message id
     * @throws IllegalArgumentException when the username is blank or too long, or the message is null
     * @throws PushFailedException      when the message cannot be stored
     */
    long sendToUser(String username, PushMessage message);

    /**
     * Sends to every session of every user holding this role (a dispatcher is not an agent: send to both roles
     * when both must know).
     *
     * @param role    the role
     * @param message the message
     * @return the stored message id
     * @throws IllegalArgumentException when an argument is null
     * @throws PushFailedException      when the message cannot be stored
     */
    long sendToRole(ConsoleRole role, PushMessage message);

    /**
     * As {@link #sendToRole} for each message in turn, stored together (one statement for all of them): for a
     * caller that has several messages at once, a burst of new contacts say.
     *
     * @param role     the role
     * @param messages the messages, in the order their ids increase; may be empty
     * @return the stored message ids, in order
     * @throws IllegalArgumentException when an argument or a message is null, or a payload is invalid (nothing is
     *                                  stored then)
     * @throws PushFailedException      when the messages cannot be stored
     */
    List<Long> sendAllToRole(ConsoleRole role, List<PushMessage> messages);

    /**
     * Sends to every session of the users of one department ({@link ConsoleRole#DEPARTMENT} users whose department
     * code matches).
     *
     * @param departmentCode the department code, 1–64 characters
     * @param message        the message
     * @return the stored message id
     * @throws IllegalArgumentException when the code is blank or too long, or the message is null
     * @throws PushFailedException      when the message cannot be stored
     */
    long sendToDepartment(String departmentCode, PushMessage message);

    /**
     * Sends a snapshot that the next one supersedes (the wallboard, say) to every live session of the role on every
     * node, without storing it: the frame has no {@code id}, is never replayed to a client that reconnects, and a
     * client that missed it gets the next one. Not part of a transaction: sent at once.
     *
     * @param role    the role
     * @param message the message
     * @throws IllegalArgumentException when an argument is null or the payload is not a JSON object of at most
     *                                  60 000 bytes
     */
    void sendLiveToRole(ConsoleRole role, PushMessage message);
}
