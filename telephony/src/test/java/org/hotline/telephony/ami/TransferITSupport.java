package org.hotline.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hotline.telephony.AmiFixture;
import org.hotline.telephony.AmiHealth;
import org.hotline.telephony.CallRecords;
import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TelephonyService;
import org.hotline.telephony.TestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Base of the department-transfer tests: an answered call, the transcripts with its ids, the audit rows. */
abstract class TransferITSupport extends TelephonyIntegrationSupport {

    @Autowired
    AmiHealth health;
    @Autowired
    TelephonyService telephony;
    @Autowired
    CallRecords callRecords;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void linkUp() {
        await().atMost(Duration.ofSeconds(15)).until(health::allUp);
    }

    /** Plays the recorded call up to the agent's answer and waits until it is on record as answered. */
    AmiFixture answered() {
        AmiFixture call = TestCalls.answeredCall();
        String callId = TestCalls.callIdOf(call);
        AMI.play(call.eventsThrough("Event: AgentConnect"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callRecords.find(callId)
                .map(r -> r.answeredAt() != null).orElse(false));
        return call;
    }

    /** The transcript's calls carry the recorded ids; this gives them the ids of the call played in this test. */
    static AmiFixture transcript(String name, String callId) {
        return AmiFixture.load(name).replacing("17953902", callId.substring(0, callId.indexOf('.') - 2));
    }

    List<String> outcomes(String callId) {
        return jdbc.queryForList("SELECT outcome FROM telephony_transfer_audit WHERE call_id = ? ORDER BY id",
                String.class, callId);
    }

    List<Map<String, Object>> audit(String callId) {
        return jdbc.queryForList("SELECT kind, target, actor, outcome FROM telephony_transfer_audit "
                + "WHERE call_id = ? ORDER BY id", callId);
    }

    static Map<String, String> last(String action) {
        List<Map<String, String>> actions = AMI.actions(action);
        assertThat(actions).isNotEmpty();
        return actions.get(actions.size() - 1);
    }
}
