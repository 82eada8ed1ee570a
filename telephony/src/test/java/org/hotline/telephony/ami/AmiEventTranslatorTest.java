package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.MixMonitorStartEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.hotline.telephony.AgentState;
import org.hotline.telephony.AgentStates;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallQueued;
import org.hotline.telephony.CallStarted;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.RecordingStarted;
import org.hotline.telephony.agent.InProcessAgentStatesFactory;
import org.hotline.telephony.config.TelephonyProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Call paths the recorded transcripts do not cover, fed as the events Asterisk-Java would build. */
class AmiEventTranslatorTest {

    private final List<Object> published = new CopyOnWriteArrayList<>();
    private final TelephonyProperties properties = new TelephonyProperties();
    private AgentStates states;
    private AmiEventTranslator translator;

    @BeforeEach
    void translator() {
        properties.getAgents().put("agent1", "PJSIP/1001");
        states = InProcessAgentStatesFactory.create(published::add, properties);
        states.heartbeat("agent1");
        translator = new AmiEventTranslator(published::add, states, properties);
    }

    @Test
    void callEndingInTheIvrIsIvrOnly() {
        translator.onEvent("pbx", newChannel("100.1", "100.1", "ivr", "13900000001"));
        translator.onEvent("pbx", hangup("100.1", "100.1"));

        assertThat(published).filteredOn(CallStarted.class::isInstance).hasSize(1);
        assertThat(ended("100.1").disposition()).isEqualTo(Disposition.IVR_ONLY);
    }

    @Test
    void channelsOutsideTheInboundContextAreNotTracked() {
        translator.onEvent("pbx", newChannel("200.1", "200.1", "outbound", "13900000002"));
        translator.onEvent("pbx", hangup("200.1", "200.1"));

        assertThat(published).noneMatch(e -> e instanceof CallStarted || e instanceof CallEnded);
    }

    @Test
    void callLeavingTheQueueUnansweredIsAbandonedAndTheRungAgentIsReadyAgain() {
        translator.onEvent("pbx", newChannel("300.1", "300.1", "ivr", "13900000003"));
        translator.onEvent("pbx", queueJoin("300.1", "300.1"));
        translator.onEvent("pbx", agentCalled("300.1", "PJSIP/1001"));
        assertThat(states.state("agent1")).isEqualTo(AgentState.RINGING);

        translator.onEvent("pbx", hangup("300.1", "300.1"));

        assertThat(published).filteredOn(CallQueued.class::isInstance).hasSize(1);
        assertThat(ended("300.1").disposition()).isIn(Disposition.ABANDONED, Disposition.SHORT_ABANDON);
        assertThat(ended("300.1").talkSeconds()).isZero();
        assertThat(states.state("agent1")).isEqualTo(AgentState.READY);
    }

    @Test
    void callEndsOnlyWhenItsLastChannelHangsUp() {
        translator.onEvent("pbx", newChannel("400.1", "400.1", "ivr", "13900000004"));
        translator.onEvent("pbx", newChannel("400.1", "400.2", "ivr", "13900000004"));

        translator.onEvent("pbx", hangup("400.1", "400.1"));
        assertThat(translator.live("400.1")).isPresent();

        translator.onEvent("pbx", hangup("400.1", "400.2"));
        assertThat(translator.live("400.1")).isEmpty();
        assertThat(published).filteredOn(CallEnded.class::isInstance).hasSize(1);
    }

    @Test
    void reconciliationClosesCallsThatVanishedAndAdoptsQueuedCallsItMissed() {
        translator.onEvent("pbx", newChannel("500.1", "500.1", "ivr", "13900000005"));

        translator.reconcileChannels("pbx", List.of(new ChannelSnapshot("600.2", "600.1",
                "PJSIP/trunk-0001", "ivr", "Queue", "hotline,c,,,600", "13900000006", null)));

        assertThat(ended("500.1").cause()).isEqualTo(AmiEventTranslator.VANISHED);
        LiveCall adopted = translator.live("600.1").orElseThrow();
        assertThat(adopted.queue).isEqualTo("hotline");
        assertThat(adopted.callerChannel()).isEqualTo("PJSIP/trunk-0001");
        assertThat(adopted.callerNumber).isEqualTo("13900000006");
    }

    @Test
    void aRecordingIsLinkedOnceWithTheFileMixMonitorAnnouncedOnItsOwnChannel() {
        translator.onEvent("pbx", newChannel("700.1", "700.1", "ivr", "13900000007"));
        translator.onEvent("pbx", mixMonitorFile("700.1", "700.1", "/var/spool/asterisk/monitor/700.1.wav"));
        translator.onEvent("pbx", mixMonitorStart("700.1", "700.1"));
        translator.onEvent("pbx", mixMonitorFile("700.1", "700.1", "/var/spool/asterisk/monitor/other.wav"));
        translator.onEvent("pbx", mixMonitorStart("700.1", "700.1"));

        assertThat(published).filteredOn(RecordingStarted.class::isInstance).map(RecordingStarted.class::cast)
                .extracting(RecordingStarted::file).containsExactly("/var/spool/asterisk/monitor/700.1.wav");
    }

    @Test
    void aRecordingWhoseFileWasAnnouncedOnAnotherChannelIsNamedByTheCallId() {
        translator.onEvent("pbx", newChannel("800.1", "800.1", "ivr", "13900000008"));
        translator.onEvent("pbx", newChannel("800.1", "800.2", "ivr", "13900000008"));
        translator.onEvent("pbx", mixMonitorFile("800.1", "800.2", "/tmp/elsewhere.wav"));
        translator.onEvent("pbx", mixMonitorStart("800.1", "800.1"));

        assertThat(published).filteredOn(RecordingStarted.class::isInstance).map(RecordingStarted.class::cast)
                .extracting(RecordingStarted::file).containsExactly("800.1.wav");
    }

    private static VarSetEvent mixMonitorFile(String linkedId, String uniqueId, String file) {
        VarSetEvent event = new VarSetEvent("pbx");
        event.setLinkedId(linkedId);
        event.setUniqueId(uniqueId);
        event.setChannel("PJSIP/trunk-" + uniqueId);
        event.setVariable("MIXMONITOR_FILENAME");
        event.setValue(file);
        event.setDateReceived(new Date());
        return event;
    }

    private static MixMonitorStartEvent mixMonitorStart(String linkedId, String uniqueId) {
        MixMonitorStartEvent event = new MixMonitorStartEvent("pbx");
        event.setLinkedId(linkedId);
        event.setUniqueId(uniqueId);
        event.setChannel("PJSIP/trunk-" + uniqueId);
        event.setDateReceived(new Date());
        return event;
    }

    private CallEnded ended(String callId) {
        return published.stream().filter(CallEnded.class::isInstance).map(CallEnded.class::cast)
                .filter(e -> e.callId().equals(callId)).findFirst().orElseThrow();
    }

    private static NewChannelEvent newChannel(String linkedId, String uniqueId, String context, String number) {
        NewChannelEvent event = new NewChannelEvent("pbx");
        event.setLinkedid(linkedId);
        event.setUniqueId(uniqueId);
        event.setContext(context);
        event.setChannel("PJSIP/trunk-" + uniqueId);
        event.setCallerIdNum(number);
        event.setDateReceived(new Date());
        return event;
    }

    private static QueueCallerJoinEvent queueJoin(String linkedId, String uniqueId) {
        QueueCallerJoinEvent event = new QueueCallerJoinEvent("pbx");
        event.setLinkedId(linkedId);
        event.setUniqueId(uniqueId);
        event.setQueue("hotline");
        event.setChannel("PJSIP/trunk-" + uniqueId);
        event.setPosition(1);
        event.setDateReceived(new Date());
        return event;
    }

    private static AgentCalledEvent agentCalled(String linkedId, String phone) {
        AgentCalledEvent event = new AgentCalledEvent("pbx");
        event.setLinkedId(linkedId);
        event.setQueue("hotline");
        event.setInterface(phone);
        event.setDateReceived(new Date());
        return event;
    }

    private static HangupEvent hangup(String linkedId, String uniqueId) {
        HangupEvent event = new HangupEvent("pbx");
        event.setLinkedId(linkedId);
        event.setUniqueId(uniqueId);
        event.setChannel("PJSIP/trunk-" + uniqueId);
        event.setCauseTxt("Normal Clearing");
        event.setDateReceived(new Date());
        return event;
    }
}
