package org.hotline.telephony.ami;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.asteriskjava.manager.action.AtxferAction;
import org.asteriskjava.manager.action.ConfbridgeKickAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.MixMonitorAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.CallPurpose;
import org.hotline.telephony.CallTransferred;
import org.hotline.telephony.EmergencyService;
import org.hotline.telephony.EmergencyTransferred;
import org.hotline.telephony.RecordingStarted;
import org.hotline.telephony.TelephonyActionFailedException;
import org.hotline.telephony.TelephonyService;
import org.hotline.telephony.TelephonyUnavailableException;
import org.hotline.telephony.TransferMode;
import org.hotline.telephony.TransferOutcome;
import org.hotline.telephony.UnknownAgentException;
import org.hotline.telephony.UnknownCallException;
import org.hotline.telephony.UnknownDepartmentException;
import org.hotline.telephony.config.TelephonyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/** {@link TelephonyService} over AMI actions. */
class AmiTelephonyService implements TelephonyService {

    private static final Logger log = LoggerFactory.getLogger(AmiTelephonyService.class);
    private static final String NAME = "[A-Za-z0-9_.@-]{1,64}";

    private final AmiLinks links;
    private final AmiEventTranslator translator;
    private final AgentStates agentStates;
    private final TelephonyProperties properties;
    private final ApplicationEventPublisher publisher;

    AmiTelephonyService(AmiLinks links, AmiEventTranslator translator, AgentStates agentStates,
                        TelephonyProperties properties, ApplicationEventPublisher publisher) {
        this.links = links;
        this.translator = translator;
        this.agentStates = agentStates;
        this.properties = properties;
        this.publisher = publisher;
    }

    @Override
    public void login(String agent, List<String> queues) {
        String phone = phoneOf(agent);
        List<String> targets = queues == null || queues.isEmpty() ? List.of(properties.getQueue()) : queues;
        targets.forEach(q -> requireName(q, "queue"));
        for (AmiLink link : upLinks()) {
            for (String queue : targets) {
                QueueAddAction add = new QueueAddAction(queue, phone);
                add.setMemberName(agent);
                add.setPaused(false);
                link.send(add);
            }
        }
        agentStates.setState(agent, AgentState.READY);
        log.info("agent {} logged in to {}", agent, targets);
    }

    @Override
    public void logout(String agent) {
        String phone = phoneOf(agent);
        for (AmiLink link : upLinks()) {
            link.send(new QueueRemoveAction(properties.getQueue(), phone));
        }
        agentStates.setState(agent, AgentState.OFFLINE);
        log.info("agent {} logged out", agent);
    }

    @Override
    public void pause(String agent, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 64 || reason.contains("\n")
                || reason.contains("\r")) {
            throw new IllegalArgumentException("a pause needs a one-line reason of 1..64 characters");
        }
        String phone = phoneOf(agent);
        for (AmiLink link : upLinks()) {
            QueuePauseAction pause = new QueuePauseAction(phone, true);
            pause.setReason(reason.trim());
            link.send(pause);
        }
        agentStates.setState(agent, AgentState.PAUSED, reason.trim());
    }

    @Override
    public void unpause(String agent) {
        String phone = phoneOf(agent);
        for (AmiLink link : upLinks()) {
            link.send(new QueuePauseAction(phone, false));
        }
        agentStates.setState(agent, AgentState.READY);
    }

    @Override
    public String originate(String agent, String citizenNumber, CallPurpose purpose) {
        if (citizenNumber == null || !citizenNumber.matches("\\+?[0-9]{3,20}")) {
            throw new IllegalArgumentException("citizen number must be 3..20 digits");
        }
        if (purpose == null) {
            throw new IllegalArgumentException("purpose is required");
        }
        String phone = phoneOf(agent);
        AmiLink link = links.anyUp();
        String reference = UUID.randomUUID().toString();
        OriginateAction originate = new OriginateAction();
        originate.setChannel(phone);
        originate.setContext(properties.getOutboundContext());
        originate.setExten(citizenNumber);
        originate.setPriority(1);
        originate.setCallerId("12345 <" + citizenNumber + ">");
        originate.setTimeout(30_000L);
        originate.setAsync(true);
        originate.setVariable("HOTLINE_PURPOSE", purpose.name());
        originate.setVariable("HOTLINE_AGENT", agent);
        originate.setVariable("HOTLINE_REF", reference);
        link.send(originate);
        log.info("originate {} for agent {} ({})", reference, agent, purpose);
        return reference;
    }

    @Override
    public void transfer(String callId, String department) {
        transfer(callId, department, TransferMode.BLIND, null);
    }

    @Override
    public void transfer(String callId, String department, TransferMode mode, String actor) {
        if (department == null || department.isBlank()) {
            throw new IllegalArgumentException("department is required");
        }
        if (actor != null) {
            requireName(actor, "actor");
        }
        requireAmi();
        String code = department.trim();
        String extension = properties.getDepartments().get(code);
        if (extension == null) {
            throw new UnknownDepartmentException(department);
        }
        LiveCall call = liveCall(callId);
        String by = actor == null ? "system" : actor;
        if (mode == TransferMode.ATTENDED) {
            attended(call, code, extension, by);
            return;
        }
        if (mode == TransferMode.CONFERENCE) {
            conference(call, code, extension, by);
            return;
        }
        redirect(call, properties.getTransferContext(), extension);
        publisher.publishEvent(new CallTransferred(callId, code, extension, TransferMode.BLIND,
                TransferOutcome.ORDERED, by, Instant.now()));
        log.info("call {} transferred to department {}", callId, department);
    }

    private void attended(LiveCall call, String department, String extension, String actor) {
        String agentChannel = call.agentChannel;
        if (agentChannel == null || call.answeredAt == null) {
            throw new TelephonyActionFailedException("call " + call.callId + " has no agent to consult from");
        }
        AmiLink link = linkOf(call);
        Instant now = Instant.now();
        if (!translator.beginTransfer(call.callId, new PendingTransfer(department, extension, actor, now))) {
            throw new TelephonyActionFailedException("call " + call.callId + " already has a transfer in progress");
        }
        try {
            link.send(new AtxferAction(agentChannel, properties.getTransferContext(), extension, 1));
        } catch (RuntimeException e) {
            translator.endTransfer(call.callId, TransferOutcome.FAILED);
            throw e;
        }
        publisher.publishEvent(new CallTransferred(call.callId, department, extension, TransferMode.ATTENDED,
                TransferOutcome.ORDERED, actor, now));
        log.info("call {}: attended transfer to department {} by {}", call.callId, department, actor);
    }

    /**
     * Three-way call: caller and agent go into the ConfBridge room named by the call id (one Redirect with
     * ExtraChannel, so neither is left alone), then the window is originated into the same room under a channel id
     * chosen here, by which its join, its failure and a cancellation find it.
     */
    private void conference(LiveCall call, String department, String extension, String actor) {
        String agentChannel = call.agentChannel;
        if (agentChannel == null || call.answeredAt == null) {
            throw new TelephonyActionFailedException("call " + call.callId + " has no agent to talk with");
        }
        String callerChannel = channelOf(call);
        AmiLink link = linkOf(call);
        Instant now = Instant.now();
        String window = "hotline-3way-" + UUID.randomUUID();
        PendingTransfer transfer = new PendingTransfer(TransferMode.CONFERENCE, department, extension, actor, now,
                window);
        AmiEventTranslator.ConferenceStart start = translator.beginConference(call.callId, transfer);
        if (start == AmiEventTranslator.ConferenceStart.REFUSED) {
            throw new TelephonyActionFailedException("call " + call.callId + " already has a transfer in progress");
        }
        String room = call.callId;
        if (start == AmiEventTranslator.ConferenceStart.MOVE) {
            try {
                link.send(new RedirectAction(callerChannel, agentChannel, properties.getConferenceContext(), room, 1,
                        properties.getConferenceStaffContext(), room, 1));
            } catch (RuntimeException e) {
                translator.conferenceRefused(call.callId);
                throw e;
            }
        }
        OriginateAction originate = new OriginateAction();
        originate.setChannel("Local/" + extension + "@" + properties.getTransferContext());
        originate.setContext(properties.getConferenceStaffContext());
        originate.setExten(room);
        originate.setPriority(1);
        originate.setTimeout(properties.getConferenceRingTimeout().toMillis());
        originate.setAsync(true);
        originate.setChannelId(window);
        originate.setCallerId("12345 <" + call.callerNumber + ">");
        originate.setVariable("HOTLINE_CALL", call.callId);
        try {
            link.send(originate);
        } catch (RuntimeException e) {
            // caller and agent already talk in the conference: nothing is lost, the three-way attempt failed
            translator.endTransfer(call.callId, TransferOutcome.FAILED);
            throw e;
        }
        publisher.publishEvent(new CallTransferred(call.callId, department, extension, TransferMode.CONFERENCE,
                TransferOutcome.ORDERED, actor, now));
        log.info("call {}: three-way call with department {} by {}", call.callId, department, actor);
    }

    @Override
    public void completeTransfer(String callId, String actor) {
        requireName(actor, "actor");
        LiveCall call = liveCall(callId);
        PendingTransfer transfer = translator.transferOf(callId).orElseThrow(() -> new TelephonyActionFailedException(
                "no attended transfer or three-way call in progress on call " + callId));
        if (transfer.mode == TransferMode.CONFERENCE) {
            if (!transfer.joined()) {
                throw new TelephonyActionFailedException("the department has not joined call " + callId + " yet");
            }
            linkOf(call).send(new ConfbridgeKickAction(call.conference, call.agentChannel));
            log.info("call {}: {} left the three-way call", callId, actor);
            return;
        }
        // Asterisk completes an attended transfer when the transferer (the agent) hangs up.
        linkOf(call).send(new HangupAction(call.agentChannel));
        log.info("call {}: {} left the attended transfer", callId, actor);
    }

    @Override
    public void cancelTransfer(String callId, String actor) {
        requireName(actor, "actor");
        LiveCall call = liveCall(callId);
        PendingTransfer transfer = translator.transferOf(callId).orElseThrow(() ->
                new TelephonyActionFailedException("no attended transfer in progress on call " + callId));
        translator.cancellingTransfer(callId);
        if (transfer.mode == TransferMode.CONFERENCE) {
            cancelConference(call, transfer, actor);
            return;
        }
        if (transfer.consultChannel == null) {
            translator.endTransfer(callId, TransferOutcome.CANCELLED);
            return;
        }
        linkOf(call).send(new HangupAction(transfer.consultChannel));
        log.info("call {}: {} cancelled the attended transfer", callId, actor);
    }

    /** Drops the window from a three-way call: out of the room once joined, else its ringing channel. */
    private void cancelConference(LiveCall call, PendingTransfer transfer, String actor) {
        if (transfer.joined()) {
            linkOf(call).send(new ConfbridgeKickAction(call.conference, transfer.windowChannel));
        } else {
            try {
                linkOf(call).send(new HangupAction(transfer.windowChannelId));
            } catch (TelephonyActionFailedException e) {
                // the window's channel is already gone (or not yet there): nothing rings any more
                translator.endTransfer(call.callId, TransferOutcome.CANCELLED);
            }
        }
        log.info("call {}: {} cancelled the three-way call", call.callId, actor);
    }

    @Override
    public void transferEmergency(String callId, EmergencyService service, String actor) {
        if (service == null) {
            throw new IllegalArgumentException("emergency service is required");
        }
        requireName(actor, "actor");
        String target = properties.getEmergency().getOrDefault(service, service.number());
        LiveCall call = liveCall(callId);
        redirect(call, properties.getEmergencyContext(), target);
        publisher.publishEvent(new EmergencyTransferred(callId, service, target, actor, Instant.now()));
    }

    @Override
    public String startRecording(String callId) {
        LiveCall call = liveCall(callId);
        String file = properties.getRecordingDirectory() + callId + "." + properties.getRecordingFormat();
        MixMonitorAction mixMonitor = new MixMonitorAction(channelOf(call), file);
        mixMonitor.setOptions("b");
        linkOf(call).send(mixMonitor);
        publisher.publishEvent(new RecordingStarted(callId, file, Instant.now()));
        return file;
    }

    private void redirect(LiveCall call, String context, String exten) {
        linkOf(call).send(new RedirectAction(channelOf(call), context, exten, 1));
    }

    private String channelOf(LiveCall call) {
        String channel = call.callerChannel();
        if (channel == null) {
            throw new UnknownCallException(call.callId);
        }
        return channel;
    }

    private LiveCall liveCall(String callId) {
        if (callId == null || callId.isBlank() || callId.length() > 64) {
            throw new UnknownCallException(callId);
        }
        requireAmi();
        return translator.live(callId).orElseThrow(() -> new UnknownCallException(callId));
    }

    private void requireAmi() {
        if (!links.enabled()) {
            throw new TelephonyUnavailableException("AMI is not configured");
        }
    }

    private AmiLink linkOf(LiveCall call) {
        AmiLink link = links.byName(call.server)
                .orElseThrow(() -> new TelephonyUnavailableException("AMI server " + call.server + " is gone"));
        if (!link.isUp()) {
            throw new TelephonyUnavailableException("AMI link to " + call.server + " is down");
        }
        return link;
    }

    private List<AmiLink> upLinks() {
        links.anyUp();
        return links.allLinks().stream().filter(AmiLink::isUp).toList();
    }

    private String phoneOf(String agent) {
        requireName(agent, "agent");
        return properties.interfaceOf(agent).orElseThrow(() -> new UnknownAgentException(agent));
    }

    private static void requireName(String value, String what) {
        if (value == null || !value.matches(NAME)) {
            throw new IllegalArgumentException(what + " must be 1..64 of [A-Za-z0-9_.@-]");
        }
    }
}
