package org.hotline.telephony;

import java.util.List;

/**
 * Actions on the telephone system. All methods are synchronous: they return once Asterisk accepted the action and
 * throw when it refused. Thread-safe.
 *
 * <p>Every method throws {@link TelephonyUnavailableException} when AMI is not configured or no link is up,
 * {@link UnknownAgentException} when the agent has no configured phone interface and
 * {@link TelephonyActionFailedException} when Asterisk answers with an error. Arguments are validated:
 * {@link IllegalArgumentException} for blank or oversized values.
 */
public interface TelephonyService {

    /**
     * Adds the agent's phone to the queues ({@code QueueAdd}) and marks the agent ready.
     *
     * @param agent  console username
     * @param queues queue names; empty means the configured default queue
     */
    void login(String agent, List<String> queues);

    /** Removes the agent's phone from the queues it was added to ({@code QueueRemove}) and marks it offline. */
    void logout(String agent);

    /**
     * Pauses the agent in all queues ({@code QueuePause} with a reason).
     *
     * @param reason why, 1..64 characters (e.g. {@code lunch})
     */
    void pause(String agent, String reason);

    /** Ends the agent's pause in all queues. */
    void unpause(String agent);

    /**
     * Places a call: rings the agent's phone first, then dials the citizen ({@code Originate}).
     *
     * @param citizenNumber digits only, 3..20 characters, optionally with a leading {@code +}
     * @return a reference of the placed call (the originate action id)
     */
    String originate(String agent, String citizenNumber, CallPurpose purpose);

    /**
     * Hands a live call to a department's live window (直接连线): redirects the caller's channel to the configured
     * extension of the department ({@code hotline.telephony.departments.<code>}).
     *
     * @throws UnknownCallException       when no live call has this id
     * @throws UnknownDepartmentException when the department has no configured live window
     */
    void transfer(String callId, String department);

    /**
     * Hands a live call to a department's live window ({@code hotline.telephony.departments.<code>}) and audits each
     * step ({@link CallTransferred}): {@link TransferMode#BLIND} redirects the caller's channel at once;
     * {@link TransferMode#ATTENDED} has Asterisk put the caller on hold and dial the window from the agent's channel
     * ({@code Atxfer}), then {@link #completeTransfer} or {@link #cancelTransfer}; a window that does not answer
     * returns the caller to the agent. {@link TransferMode#CONFERENCE} moves caller and agent into a ConfBridge room
     * named by the call id and calls the window into it; a window that does not answer leaves caller and agent
     * talking. This is the one entry point of department transfers.
     *
     * @param actor the console username ordering the transfer
     * @throws UnknownCallException           when no live call has this id
     * @throws UnknownDepartmentException     when the department has no configured live window
     * @throws TelephonyActionFailedException when the call is not answered by an agent (attended, conference) or
     *                                        already has a transfer in progress, or Asterisk refused
     */
    void transfer(String callId, String department, TransferMode mode, String actor);

    /**
     * The agent leaves an attended transfer (its channel hangs up and Asterisk connects the caller to the
     * department) or a three-way call the department has joined ({@code ConfbridgeKick} of the agent's channel).
     *
     * @throws UnknownCallException           when no live call has this id
     * @throws TelephonyActionFailedException when no attended transfer or three-way call is in progress on the call,
     *                                        or the department has not joined the three-way call yet
     */
    void completeTransfer(String callId, String actor);

    /**
     * The agent calls an attended transfer off (the consultation leg hangs up and the caller is back with the agent)
     * or drops the window from a three-way call (kicked from the room, or its ringing channel hung up); caller and
     * agent talk on.
     *
     * @throws UnknownCallException           when no live call has this id
     * @throws TelephonyActionFailedException when no attended transfer or three-way call is in progress on the call
     */
    void cancelTransfer(String callId, String actor);

    /**
     * Hands a live call to an emergency service at once, and audits who did it.
     *
     * @param actor the console username ordering the transfer
     * @throws UnknownCallException when no live call has this id
     */
    void transferEmergency(String callId, EmergencyService service, String actor);

    /**
     * Starts recording a live call (the AMI action {@code MixMonitor}, which Asterisk allows only with the
     * {@code system} write class); the file is named after the call id. Used in
     * {@code hotline.telephony.recordings.mode=ami}; by default the queue records on its own.
     *
     * @return the recording file name
     * @throws UnknownCallException when no live call has this id
     */
    String startRecording(String callId);
}
