package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hotline.telephony.AgentStates;
import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.AmiHealth;
import org.hotline.telephony.CallEnded;
import org.hotline.telephony.CallQuery;
import org.hotline.telephony.CallRecord;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.Disposition;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TelephonyTestApplication.RecordedEvents;
import org.hotline.telephony.TestAmiServer;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class AmiReconnectIT extends TelephonyIntegrationSupport {

    @Autowired
    CallRecords callRecords;
    @Autowired
    AmiHealth health;
    @Autowired
    AgentStates agentStates;
    @Autowired
    RecordedEvents events;
    @Autowired
    AmiEventTranslator translator;

    private final ListAppender<ILoggingEvent> translatorLog = new ListAppender<>();

    @BeforeEach
    void linkUp() {
        await().atMost(Duration.ofSeconds(15)).until(health::allUp);
        agentStates.heartbeat("agent1");
        translatorLog.start();
        ((Logger) LoggerFactory.getLogger(AmiEventTranslator.class)).addAppender(translatorLog);
    }

    @AfterEach
    void detachLog() {
        ((Logger) LoggerFactory.getLogger(AmiEventTranslator.class)).detachAppender(translatorLog);
        AMI.channels(List.of());
    }

    @Test
    void callThatVanishedWhileTheLinkWasDownIsClosedOnceAfterReconnect() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> r.answeredAt() != null).orElse(false));
        int logins = AMI.logins();
        int connects = health.servers().get(0).connects();
        AMI.channels(List.of());

        AMI.dropClients();

        await().atMost(Duration.ofSeconds(20)).until(() -> AMI.logins() > logins && health.allUp()
                && health.servers().get(0).connects() > connects);
        CallRecord record = await().atMost(Duration.ofSeconds(10))
                .until(() -> callRecords.find(callId).orElse(null), r -> r != null && r.endedAt() != null);
        assertThat(record.hangupCause()).isEqualTo(AmiEventTranslator.VANISHED);
        assertThat(record.disposition()).isEqualTo(Disposition.ANSWERED);

        AMI.play(call.eventsAfter("Event: AgentConnect"));
        AMI.play(call.eventsThrough("Event: AgentConnect"));

        await().atMost(Duration.ofSeconds(5)).until(() -> translator.live(callId).isPresent());
        assertThat(recordsOf(callId)).hasSize(1);
        assertThat(callRecords.find(callId).orElseThrow().hangupCause()).isEqualTo(AmiEventTranslator.VANISHED);
        assertThat(events.of(CallEnded.class)).filteredOn(e -> e.callId().equals(callId)).hasSize(1);
        AMI.play(call.eventsAfter("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(5)).until(() -> translator.live(callId).isEmpty());
    }

    @Test
    void callStillUpAfterReconnectKeepsBeingFollowedToItsEnd() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> r.answeredAt() != null).orElse(false));
        int connects = health.servers().get(0).connects();
        AMI.channels(TestAmiServer.coreShowChannelsOf(call));

        AMI.dropClients();
        await().atMost(Duration.ofSeconds(20)).until(() -> health.allUp()
                && health.servers().get(0).connects() > connects);
        await().atMost(Duration.ofSeconds(10)).until(() -> AMI.actions("QueueStatus").size() > 0
                && translator.live(callId).map(c -> c.channels.size() == 4).orElse(false));

        AMI.play(call.eventsAfter("Event: AgentConnect"));

        CallRecord record = await().atMost(Duration.ofSeconds(10))
                .until(() -> callRecords.find(callId).orElse(null), r -> r != null && r.endedAt() != null);
        assertThat(record.hangupCause()).isEqualTo("Normal Clearing");
        assertThat(record.talkSeconds()).isEqualTo(5);
        assertThat(recordsOf(callId)).hasSize(1);
    }

    @Test
    void unknownAndMalformedEventsAreIgnoredAndLoggedOncePerType() {
        String malformedConnect = "Event: AgentConnect\r\nPrivilege: agent,all\r\nQueue: hotline\r\n"
                + "Interface: Local/1001@agents/n\r\nHoldTime: 1\r\n\r\n";
        AMI.send("Event: HotlineSomethingNew\r\nPrivilege: call,all\r\nFoo: bar\r\n\r\n");
        AMI.send(malformedConnect);
        AMI.send(malformedConnect);
        AMI.send("Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/x\r\nCause: sixteen\r\n\r\n");
        AMI.send("this line is not a header\r\n\r\n");

        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.unsolicitedEvents());

        CallRecord record = await().atMost(Duration.ofSeconds(10))
                .until(() -> callRecords.find(callId).orElse(null), r -> r != null && r.endedAt() != null);
        assertThat(record.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(translator.malformedTypes()).contains("AgentConnect", "Hangup");
        assertThat(translatorLog.list).filteredOn(e -> e.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(m -> m.startsWith("ignoring malformed AMI AgentConnect")).hasSize(1);
        assertThat(translatorLog.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(m -> m.startsWith("ignoring malformed AMI Hangup")).hasSize(1);
        assertThat(health.allUp()).isTrue();
    }

    private List<CallRecord> recordsOf(String callId) {
        return callRecords.search(new CallQuery(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(5),
                "agent1", null, 0, 200)).items().stream().filter(r -> r.callId().equals(callId)).toList();
    }
}
