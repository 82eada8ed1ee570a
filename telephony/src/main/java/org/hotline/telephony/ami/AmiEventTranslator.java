package org.hotline.telephony.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.AttendedTransferEvent;
import org.asteriskjava.manager.event.ConfbridgeJoinEvent;
import org.asteriskjava.manager.event.ConfbridgeLeaveEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MixMonitorStartEvent;
import org.asteriskjava.manager.event.NewCallerIdEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.QueueMemberStatusEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.CallAbandoned;
import org.hotline.telephony.CallDequeued;
import org.hotline.telephony.CallLeftQueue;
import org.hotline.telephony.QueueExit;
import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallOffered;
import org.hotline.telephony.CallQueued;
import org.hotline.telephony.CallStarted;
import org.hotline.telephony.CallTransferred;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.IvrChoice;
import org.hotline.telephony.RecordingStarted;
import org.hotline.telephony.TransferMode;
import org.hotline.telephony.TransferOutcome;
import org.hotline.telephony.config.TelephonyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Translates Asterisk Manager events into the module's domain events, correlating channels by {@code Linkedid}.
 * Calls are tracked from the first channel seen in the inbound context, or from {@code QueueCallerJoin}; a call
 * ends when its last known channel hangs up. All methods are serialised on this object: events of one server come
 * from its reader thread, reconciliation results from a worker.
 */
class AmiEventTranslator {

    private static final Logger log = LoggerFactory.getLogger(AmiEventTranslator.class);
    static final String VANISHED = "vanished";

    private final ApplicationEventPublisher publisher;
    private final AgentStates agentStates;
    private final TelephonyProperties properties;
    private final Map<String, LiveCall> calls = new ConcurrentHashMap<>();
    private final Set<String> reportedMalformed = ConcurrentHashMap.newKeySet();

    AmiEventTranslator(ApplicationEventPublisher publisher, AgentStates agentStates, TelephonyProperties properties) {
        this.publisher = publisher;
        this.agentStates = agentStates;
        this.properties = properties;
    }

    /** @return the live call with this id, if any */
    Optional<LiveCall> live(String callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    /** @return the event types that arrived malformed and were ignored (each logged once) */
    Set<String> malformedTypes() {
        return Set.copyOf(reportedMalformed);
    }

    synchronized void onEvent(String server, ManagerEvent event) {
        try {
            dispatch(server, event);
        } catch (RuntimeException e) {
            malformed(event.getClass().getSimpleName(), e.toString());
        }
    }

    private void dispatch(String server, ManagerEvent event) {
        if (event instanceof NewChannelEvent e) {
            onNewChannel(server, e);
        } else if (event instanceof NewCallerIdEvent e) {
            onNewCallerId(e);
        } else if (event instanceof VarSetEvent e) {
            onVarSet(e);
        } else if (event instanceof QueueCallerJoinEvent e) {
            onQueueJoin(server, e);
        } else if (event instanceof AgentCalledEvent e) {
            onAgentCalled(e);
        } else if (event instanceof AgentConnectEvent e) {
            onAgentConnect(server, e);
        } else if (event instanceof AgentCompleteEvent e) {
            onAgentComplete(e);
        } else if (event instanceof AgentRingNoAnswerEvent e) {
            agentOf(e.getInterface()).ifPresent(agent -> backToReadyIf(agent, AgentState.RINGING));
        } else if (event instanceof QueueCallerAbandonEvent e) {
            onAbandon(e);
        } else if (event instanceof QueueCallerLeaveEvent e) {
            onQueueLeave(e);
        } else if (event instanceof HangupEvent e) {
            onHangup(e);
        } else if (event instanceof QueueMemberPauseEvent e) {
            onPause(e);
        } else if (event instanceof QueueMemberAddedEvent e) {
            onMemberAdded(e);
        } else if (event instanceof QueueMemberRemovedEvent e) {
            agentOf(e.getInterface()).ifPresent(agent -> agentStates.setState(agent, AgentState.OFFLINE));
        } else if (event instanceof QueueMemberStatusEvent e) {
            onMemberStatus(e);
        } else if (event instanceof AttendedTransferEvent e) {
            onAttendedTransfer(e);
        } else if (event instanceof MixMonitorStartEvent e) {
            onRecordingStarted(e);
        } else if (event instanceof ConfbridgeJoinEvent e) {
            onConferenceJoin(e);
        } else if (event instanceof ConfbridgeLeaveEvent e) {
            onConferenceLeave(e);
        } else if (event instanceof OriginateResponseEvent e) {
            onOriginateResponse(e);
        }
    }

    private void onNewChannel(String server, NewChannelEvent e) {
        String linkedId = e.getLinkedid();
        String uniqueId = e.getUniqueId();
        if (blank(linkedId) || blank(uniqueId)) {
            malformed("Newchannel", "no Linkedid/Uniqueid");
            return;
        }
        LiveCall call = calls.get(linkedId);
        if (call == null) {
            if (!uniqueId.equals(linkedId) || !properties.getInboundContext().equals(e.getContext())) {
                return;
            }
            call = new LiveCall(linkedId, server, at(e));
            calls.put(linkedId, call);
        }
        call.channels.put(uniqueId, e.getChannel());
        updateCaller(call, e.getCallerIdNum(), e.getCallerIdName());
        if (call.transfer != null && call.transfer.mode == TransferMode.ATTENDED && call.transfer.consultChannel == null
                && properties.getTransferContext().equals(e.getContext())) {
            call.transfer.consultChannel = e.getChannel();
        }
    }

    private void onNewCallerId(NewCallerIdEvent e) {
        LiveCall call = blank(e.getLinkedId()) ? null : calls.get(e.getLinkedId());
        if (call != null) {
            updateCaller(call, e.getCallerIdNum(), e.getCallerIdName());
            if (!"unknown".equals(call.callerNumber)) {
                ensureStarted(call);
            }
        }
    }

    private void onVarSet(VarSetEvent e) {
        LiveCall call = blank(e.getLinkedId()) ? null : calls.get(e.getLinkedId());
        if (call == null) {
            return;
        }
        if ("IVR_CHOICE".equals(e.getVariable())) {
            call.ivrChoice = IvrChoice.ofKey(e.getValue()).orElse(null);
        } else if ("QUEUESTATUS".equals(e.getVariable())) {
            QueueExit.ofQueueStatus(e.getValue()).ifPresent(exit -> onLeftQueue(call, exit, at(e)));
        } else if ("MIXMONITOR_FILENAME".equals(e.getVariable()) && !blank(e.getValue())) {
            call.recordingFile = e.getValue().length() > 255 ? null : e.getValue();
            call.recordingChannel = e.getChannel();
        }
    }

    /**
     * MixMonitor runs on a channel of the call (the queue's {@code monitor-format} on answer, or the AMI action): the
     * call's recording is the file that MixMonitor announced on that channel just before ({@code MIXMONITOR_FILENAME}),
     * else the file named by the call id. Linked once; a second MixMonitor on the call does not replace it.
     */
    private void onRecordingStarted(MixMonitorStartEvent e) {
        LiveCall call = blank(e.getLinkedId()) ? null : calls.get(e.getLinkedId());
        if (call == null || call.recordingLinked) {
            return;
        }
        call.recordingLinked = true;
        String file = call.recordingFile != null && (call.recordingChannel == null
                || call.recordingChannel.equals(e.getChannel()))
                ? call.recordingFile : call.callId + "." + properties.getRecordingFormat();
        publisher.publishEvent(new RecordingStarted(call.callId, file, at(e)));
    }

    /** Queue() returned without an agent: the dialplan's QUEUESTATUS says why (a timeout is not an abandon). */
    private void onLeftQueue(LiveCall call, QueueExit exit, Instant at) {
        if (call.answeredAt != null || call.abandoned || call.queueExit != null) {
            return;
        }
        ensureStarted(call);
        call.queueExit = exit;
        call.holdSeconds = call.queuedAt == null ? 0
                : (int) Math.max(0, Duration.between(call.queuedAt, at).toSeconds());
        publisher.publishEvent(new CallLeftQueue(call.callId, call.callerNumber, call.queue, exit, call.holdSeconds,
                at));
        if (call.offeredAgent != null) {
            backToReadyIf(call.offeredAgent, AgentState.RINGING);
        }
    }

    private void onQueueJoin(String server, QueueCallerJoinEvent e) {
        String linkedId = e.getLinkedId();
        if (blank(linkedId) || blank(e.getQueue())) {
            malformed("QueueCallerJoin", "no Linkedid/Queue");
            return;
        }
        LiveCall call = calls.computeIfAbsent(linkedId, id -> new LiveCall(id, server, at(e)));
        if (!blank(e.getUniqueId())) {
            call.channels.put(e.getUniqueId(), e.getChannel());
        }
        updateCaller(call, e.getCallerIdNum(), e.getCallerIdName());
        ensureStarted(call);
        if (call.queuedAt != null) {
            return;
        }
        call.queue = e.getQueue();
        call.queueChannel = e.getChannel();
        call.queuedAt = at(e);
        int position = e.getPosition() == null ? 0 : e.getPosition();
        publisher.publishEvent(new CallQueued(call.callId, call.callerNumber, call.callerName, call.queue, position,
                call.queuedAt));
    }

    private void onQueueLeave(QueueCallerLeaveEvent e) {
        LiveCall call = blank(e.getLinkedId()) ? null : calls.get(e.getLinkedId());
        if (call == null || call.queuedAt == null || call.dequeued) {
            return;
        }
        call.dequeued = true;
        publisher.publishEvent(new CallDequeued(call.callId, call.queue == null ? e.getQueue() : call.queue, at(e)));
    }

    private void onAgentCalled(AgentCalledEvent e) {
        LiveCall call = blank(e.getLinkedId()) ? null : calls.get(e.getLinkedId());
        if (call == null) {
            return;
        }
        if (!blank(e.getDestUniqueId())) {
            call.channels.put(e.getDestUniqueId(), e.getDestChannel());
        }
        String agent = agentOf(e.getInterface()).orElse(null);
        call.offeredAgent = agent;
        publisher.publishEvent(new CallOffered(call.callId, call.callerNumber, e.getQueue(), agent, e.getInterface(),
                at(e)));
        if (agent != null) {
            agentStates.setState(agent, AgentState.RINGING);
        }
    }

    private void onAgentConnect(String server, AgentConnectEvent e) {
        String linkedId = e.getLinkedId();
        if (blank(linkedId) || blank(e.getInterface())) {
            malformed("AgentConnect", "no Linkedid/Interface");
            return;
        }
        LiveCall call = calls.computeIfAbsent(linkedId, id -> new LiveCall(id, server, at(e)));
        if (call.answeredAt != null) {
            return;
        }
        updateCaller(call, e.getCallerIdNum(), e.getCallerIdName());
        ensureStarted(call);
        if (!blank(e.getDestUniqueId())) {
            call.channels.put(e.getDestUniqueId(), e.getDestChannel());
        }
        if (call.queue == null) {
            call.queue = e.getQueue();
            call.queueChannel = e.getChannel();
        }
        call.agentInterface = e.getInterface();
        call.agent = agentOf(e.getInterface()).orElse(null);
        call.agentChannel = e.getDestChannel();
        call.answeredAt = at(e);
        call.holdSeconds = e.getHoldTime() == null ? 0 : e.getHoldTime().intValue();
        publisher.publishEvent(new CallAnswered(call.callId, call.callId, call.callerNumber, call.callerName,
                call.queue, call.agent, call.agentInterface, call.holdSeconds, call.ivrChoice, call.answeredAt));
        if (call.agent != null) {
            agentStates.setState(call.agent, AgentState.TALKING);
        } else {
            log.warn("call {} answered by unmapped interface {}", call.callId, e.getInterface());
        }
    }

    private void onAgentComplete(AgentCompleteEvent e) {
        LiveCall call = blank(e.getLinkedId()) ? null : calls.get(e.getLinkedId());
        if (call != null && call.conference != null) {
            // the queue's bridge ended because caller and agent moved to the three-way conference: still talking
            return;
        }
        if (call != null && e.getTalkTime() != null) {
            call.talkSeconds = e.getTalkTime().intValue();
        }
        agentOf(e.getInterface()).ifPresent(agent -> agentStates.setState(agent, AgentState.WRAP_UP));
    }

    private void onAbandon(QueueCallerAbandonEvent e) {
        LiveCall call = blank(e.getLinkedId()) ? null : calls.get(e.getLinkedId());
        if (call == null || call.abandoned || call.answeredAt != null) {
            return;
        }
        call.abandoned = true;
        call.queueExit = QueueExit.ABANDONED;
        call.holdSeconds = e.getHoldTime() == null ? 0 : e.getHoldTime();
        int position = e.getPosition() == null ? 0 : e.getPosition();
        publisher.publishEvent(new CallAbandoned(call.callId, call.callerNumber,
                call.queue == null ? e.getQueue() : call.queue, call.holdSeconds, position, at(e)));
        if (call.offeredAgent != null) {
            backToReadyIf(call.offeredAgent, AgentState.RINGING);
        }
    }

    private void onHangup(HangupEvent e) {
        String linkedId = e.getLinkedId();
        if (blank(linkedId) || blank(e.getUniqueId())) {
            malformed("Hangup", "no Linkedid/Uniqueid");
            return;
        }
        LiveCall call = calls.get(linkedId);
        if (call == null) {
            return;
        }
        call.channels.remove(e.getUniqueId());
        if (call.transfer != null && e.getChannel() != null && e.getChannel().equals(call.transfer.consultChannel)) {
            endTransfer(call, call.transfer.cancelling ? TransferOutcome.CANCELLED : TransferOutcome.FAILED, at(e));
        }
        if (e.getUniqueId().equals(linkedId) || e.getChannel() != null && e.getChannel().equals(call.queueChannel)
                || call.cause == null) {
            call.cause = e.getCauseTxt();
        }
        if (call.channels.isEmpty()) {
            end(call, call.cause, at(e));
        }
    }

    private void onPause(QueueMemberPauseEvent e) {
        Optional<String> agent = agentOf(e.getInterface());
        if (agent.isEmpty()) {
            return;
        }
        if (Boolean.TRUE.equals(e.getPaused())) {
            String reason = blank(e.getPausedreason()) ? "paused" : e.getPausedreason();
            agentStates.setState(agent.get(), AgentState.PAUSED, reason);
        } else {
            agentStates.setState(agent.get(), stateOfDevice(e.getStatus(), false));
        }
    }

    private void onMemberAdded(QueueMemberAddedEvent e) {
        agentOf(e.getInterface()).ifPresent(agent -> {
            if (Boolean.TRUE.equals(e.getPaused())) {
                agentStates.setState(agent, AgentState.PAUSED, "paused");
            } else {
                agentStates.setState(agent, AgentState.READY);
            }
        });
    }

    private void onMemberStatus(QueueMemberStatusEvent e) {
        Optional<String> agent = agentOf(e.getInterface());
        if (agent.isEmpty()) {
            return;
        }
        if (Boolean.TRUE.equals(e.getPaused())) {
            String reason = blank(e.getPausedreason()) ? "paused" : e.getPausedreason();
            agentStates.setState(agent.get(), AgentState.PAUSED, reason);
        } else if (e.getStatus() != null && (e.getStatus() == 4 || e.getStatus() == 5)) {
            agentStates.setState(agent.get(), AgentState.OFFLINE);
        } else if (agentStates.state(agent.get()) == AgentState.PAUSED) {
            agentStates.setState(agent.get(), AgentState.READY);
        }
    }

    /**
     * Starts tracking an attended transfer of a live call, before the {@code Atxfer} action goes out.
     *
     * @return false when the call is gone or already has a transfer in progress
     */
    synchronized boolean beginTransfer(String callId, PendingTransfer transfer) {
        LiveCall call = calls.get(callId);
        if (call == null || call.transfer != null) {
            return false;
        }
        call.transfer = transfer;
        return true;
    }

    /** How a three-way call starts on a live call. */
    enum ConferenceStart {
        /** The call is gone or already has a transfer in progress. */
        REFUSED,
        /** Caller and agent must be moved into the conference first. */
        MOVE,
        /** Caller and agent already talk in the call's conference (an earlier window did not answer). */
        IN_CONFERENCE
    }

    /**
     * Starts tracking a three-way call before its actions go out; the call counts as in conference from now on, so
     * that the queue's {@code AgentComplete} caused by the move does not end the agent's talk.
     */
    synchronized ConferenceStart beginConference(String callId, PendingTransfer transfer) {
        LiveCall call = calls.get(callId);
        if (call == null || call.transfer != null) {
            return ConferenceStart.REFUSED;
        }
        call.transfer = transfer;
        if (call.conference != null) {
            return ConferenceStart.IN_CONFERENCE;
        }
        call.conference = callId;
        return ConferenceStart.MOVE;
    }

    /** Asterisk refused to move caller and agent into the conference: they are still in the queue's bridge. */
    synchronized void conferenceRefused(String callId) {
        LiveCall call = calls.get(callId);
        if (call != null) {
            call.conference = null;
            if (call.transfer != null) {
                endTransfer(call, TransferOutcome.FAILED, Instant.now());
            }
        }
    }

    /** @return the attended transfer in progress on the call, if any */
    synchronized Optional<PendingTransfer> transferOf(String callId) {
        LiveCall call = calls.get(callId);
        return call == null ? Optional.empty() : Optional.ofNullable(call.transfer);
    }

    /** The agent called the consultation off: its leg's hang-up is a cancellation, not a failure. */
    synchronized void cancellingTransfer(String callId) {
        LiveCall call = calls.get(callId);
        if (call != null && call.transfer != null) {
            call.transfer.cancelling = true;
        }
    }

    /** Ends the call's attended transfer with this outcome (Asterisk refused it, or it was decided). */
    synchronized void endTransfer(String callId, TransferOutcome outcome) {
        LiveCall call = calls.get(callId);
        if (call != null && call.transfer != null) {
            endTransfer(call, outcome, Instant.now());
        }
    }

    private void onAttendedTransfer(AttendedTransferEvent e) {
        String linkedId = blank(e.getOrigTransfererLinkedId()) ? e.getTransfereeLinkedId()
                : e.getOrigTransfererLinkedId();
        LiveCall call = blank(linkedId) ? null : calls.get(linkedId);
        if (call == null || call.transfer == null || call.transfer.mode != TransferMode.ATTENDED) {
            return;
        }
        endTransfer(call, "Success".equalsIgnoreCase(e.getResult()) ? TransferOutcome.COMPLETED
                : TransferOutcome.FAILED, at(e));
    }

    private void endTransfer(LiveCall call, TransferOutcome outcome, Instant at) {
        PendingTransfer transfer = call.transfer;
        call.transfer = null;
        publish(call, transfer, outcome, at);
    }

    private void publish(LiveCall call, PendingTransfer transfer, TransferOutcome outcome, Instant at) {
        publisher.publishEvent(new CallTransferred(call.callId, transfer.department, transfer.target, transfer.mode,
                outcome, transfer.actor, at));
    }

    /** @return the three-way call in progress in this ConfBridge room (named by the call id), if any */
    private LiveCall conferenceCall(String room) {
        LiveCall call = blank(room) ? null : calls.get(room);
        return call != null && room.equals(call.conference) ? call : null;
    }

    private static boolean isWindow(PendingTransfer transfer, String uniqueId, String linkedId) {
        return transfer != null && transfer.mode == TransferMode.CONFERENCE && transfer.windowChannelId != null
                && (transfer.windowChannelId.equals(uniqueId) || transfer.windowChannelId.equals(linkedId));
    }

    /** The window's originated channel joined the room: all three talk. */
    private void onConferenceJoin(ConfbridgeJoinEvent e) {
        LiveCall call = conferenceCall(e.getConference());
        if (call == null || !isWindow(call.transfer, e.getUniqueId(), e.getLinkedId()) || call.transfer.joined()) {
            return;
        }
        call.transfer.windowChannel = e.getChannel();
        publish(call, call.transfer, TransferOutcome.JOINED, at(e));
    }

    /**
     * The agent left a three-way call the window had joined (completed), or the window left it (cancelled by the
     * agent, or the department hung up after talking: completed). The agent's leaving ends its talk either way.
     */
    private void onConferenceLeave(ConfbridgeLeaveEvent e) {
        LiveCall call = conferenceCall(e.getConference());
        if (call == null || e.getChannel() == null) {
            return;
        }
        PendingTransfer transfer = call.transfer;
        if (e.getChannel().equals(call.agentChannel)) {
            if (call.answeredAt != null && call.talkSeconds == null) {
                call.talkSeconds = (int) Math.max(0, Duration.between(call.answeredAt, at(e)).toSeconds());
            }
            if (call.agent != null && agentStates.state(call.agent) == AgentState.TALKING) {
                agentStates.setState(call.agent, AgentState.WRAP_UP);
            }
            if (transfer != null && transfer.joined()) {
                endTransfer(call, TransferOutcome.COMPLETED, at(e));
            }
        } else if (transfer != null && e.getChannel().equals(transfer.windowChannel)) {
            endTransfer(call, transfer.cancelling ? TransferOutcome.CANCELLED : TransferOutcome.COMPLETED, at(e));
        }
    }

    /** Asterisk's answer to the window's origination: a failure before it joined means no answer (or cancelled). */
    private void onOriginateResponse(OriginateResponseEvent e) {
        LiveCall call = conferenceCall(e.getExten());
        if (call == null || !isWindow(call.transfer, e.getUniqueId(), null) || call.transfer.joined()
                || e.isSuccess()) {
            return;
        }
        endTransfer(call, call.transfer.cancelling ? TransferOutcome.CANCELLED : TransferOutcome.FAILED, at(e));
    }

    /**
     * Applies the result of {@code CoreShowChannels} after a (re)connect: closes this server's calls that vanished,
     * refreshes the channels of calls still up and starts tracking inbound calls that began while disconnected.
     */
    synchronized void reconcileChannels(String server, List<ChannelSnapshot> snapshot) {
        Map<String, List<ChannelSnapshot>> byCall = new java.util.HashMap<>();
        for (ChannelSnapshot channel : snapshot) {
            if (!blank(channel.linkedId()) && !blank(channel.uniqueId())) {
                byCall.computeIfAbsent(channel.linkedId(), k -> new ArrayList<>()).add(channel);
            }
        }
        Instant now = Instant.now();
        for (LiveCall call : new ArrayList<>(calls.values())) {
            if (!call.server.equals(server)) {
                continue;
            }
            List<ChannelSnapshot> alive = byCall.remove(call.callId);
            if (alive == null) {
                end(call, VANISHED, now);
            } else {
                call.channels.clear();
                alive.forEach(c -> call.channels.put(c.uniqueId(), c.channel()));
            }
        }
        for (Map.Entry<String, List<ChannelSnapshot>> entry : byCall.entrySet()) {
            boolean inbound = entry.getValue().stream().anyMatch(c ->
                    properties.getInboundContext().equals(c.context()) || "Queue".equalsIgnoreCase(c.application()));
            if (!inbound) {
                continue;
            }
            LiveCall call = new LiveCall(entry.getKey(), server, now);
            for (ChannelSnapshot channel : entry.getValue()) {
                call.channels.put(channel.uniqueId(), channel.channel());
                updateCaller(call, channel.callerNumber(), channel.callerName());
                if ("Queue".equalsIgnoreCase(channel.application())) {
                    call.queueChannel = channel.channel();
                    String data = channel.applicationData() == null ? "" : channel.applicationData();
                    call.queue = data.split(",", 2)[0];
                }
            }
            calls.put(call.callId, call);
            ensureStarted(call);
            log.info("call {} picked up by reconciliation on {}", call.callId, server);
        }
    }

    /** Applies the result of {@code QueueStatus}: every configured agent's state follows its queue membership. */
    synchronized void reconcileMembers(List<MemberSnapshot> members) {
        Set<String> seen = new HashSet<>();
        for (MemberSnapshot member : members) {
            Optional<String> agent = agentOf(member.location());
            if (agent.isEmpty() || !seen.add(agent.get())) {
                continue;
            }
            if (member.paused()) {
                agentStates.setState(agent.get(), AgentState.PAUSED,
                        blank(member.pausedReason()) ? "paused" : member.pausedReason());
            } else {
                agentStates.setState(agent.get(), stateOfDevice(member.status(), true));
            }
        }
        for (String agent : properties.getAgents().keySet()) {
            if (!seen.contains(agent) && agentStates.state(agent) != AgentState.OFFLINE) {
                agentStates.setState(agent, AgentState.OFFLINE);
            }
        }
    }

    private AgentState stateOfDevice(Integer status, boolean fromSnapshot) {
        if (status == null) {
            return AgentState.READY;
        }
        return switch (status) {
            case 2, 3, 8 -> fromSnapshot ? AgentState.TALKING : AgentState.READY;
            case 4, 5 -> AgentState.OFFLINE;
            case 6, 7 -> AgentState.RINGING;
            default -> AgentState.READY;
        };
    }

    private void end(LiveCall call, String cause, Instant at) {
        calls.remove(call.callId);
        if (call.transfer != null) {
            endTransfer(call, call.transfer.joined() ? TransferOutcome.COMPLETED : TransferOutcome.FAILED, at);
        }
        ensureStarted(call);
        Disposition disposition;
        int talk = 0;
        if (call.answeredAt != null) {
            disposition = Disposition.ANSWERED;
            talk = call.talkSeconds != null ? call.talkSeconds
                    : (int) Math.max(0, Duration.between(call.answeredAt, at).toSeconds());
            if (call.agent != null && call.talkSeconds == null) {
                agentStates.setState(call.agent, AgentState.WRAP_UP);
            }
        } else if (call.queueExit != null && call.queueExit != QueueExit.ABANDONED) {
            disposition = Disposition.UNANSWERED;
        } else if (call.queuedAt != null) {
            int waited = call.abandoned ? call.holdSeconds
                    : (int) Math.max(0, Duration.between(call.queuedAt, at).toSeconds());
            disposition = waited < properties.getShortAbandon().toSeconds()
                    ? Disposition.SHORT_ABANDON : Disposition.ABANDONED;
            if (call.offeredAgent != null) {
                backToReadyIf(call.offeredAgent, AgentState.RINGING);
            }
        } else {
            disposition = Disposition.IVR_ONLY;
        }
        publisher.publishEvent(new CallEnded(call.callId, talk, cause == null ? "unknown" : cause, disposition, at,
                call.agent));
    }

    private void ensureStarted(LiveCall call) {
        if (!call.startPublished) {
            call.startPublished = true;
            publisher.publishEvent(new CallStarted(call.callId, call.callerNumber, call.callerName, call.startedAt));
        }
    }

    private void backToReadyIf(String agent, AgentState expected) {
        if (agentStates.state(agent) == expected) {
            agentStates.setState(agent, AgentState.READY);
        }
    }

    private Optional<String> agentOf(String phoneInterface) {
        return properties.agentOf(phoneInterface);
    }

    private static void updateCaller(LiveCall call, String number, String name) {
        if (!blank(number) && !"<unknown>".equals(number)) {
            call.callerNumber = number.length() > 32 ? number.substring(0, 32) : number;
        }
        if (!blank(name) && !"<unknown>".equals(name)) {
            call.callerName = name.length() > 128 ? name.substring(0, 128) : name;
        }
    }

    private void malformed(String type, String detail) {
        if (reportedMalformed.add(type)) {
            log.warn("ignoring malformed AMI {} event ({}); further ones of this type are ignored silently", type,
                    detail);
        }
    }

    private static Instant at(ManagerEvent event) {
        return event.getDateReceived() == null ? Instant.now() : event.getDateReceived().toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
