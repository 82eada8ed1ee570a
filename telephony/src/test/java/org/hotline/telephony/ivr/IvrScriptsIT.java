package org.hotline.telephony.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.telephony.ivr.AgiCaller.choice;
import static org.hotline.telephony.ivr.AgiCaller.getData;
import static org.hotline.telephony.ivr.AgiCaller.sayDigits;
import static org.hotline.telephony.ivr.AgiCaller.stream;

import java.util.List;
import java.util.UUID;

import org.hotline.telephony.TelephonyIntegrationSupport;
import org.hotline.telephony.TelephonyTestApplication.InMemoryTicketStatuses;
import org.hotline.telephony.TelephonyTestApplication.RecordedSurveys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IvrScriptsIT extends TelephonyIntegrationSupport {

    private static final String TICKET_DIGITS = "20261123000042";

    @Autowired
    FastAgiServer server;
    @Autowired
    InMemoryTicketStatuses tickets;
    @Autowired
    RecordedSurveys surveys;

    @BeforeEach
    void knownTicket() {
        tickets.put("JH" + TICKET_DIGITS, "dispatched");
    }

    @Test
    void menuKeysOneTwoAndZeroSetTheChoiceAndHandTheCallToTheQueue() {
        for (String key : List.of("1", "2", "0")) {
            List<String> commands = new AgiCaller().pressing(key).call(server.port(), "ivr?lang=zh");

            assertThat(commands).startsWith("ANSWER", stream("hotline/welcome"),
                    getData("hotline/menu", 2000, 1));
            assertThat(commands).last().isEqualTo(choice(key));
        }
    }

    @Test
    void ticketStatusIsReadBackWithDigitsAndStatusPromptThenGoodbye() {
        List<String> commands = new AgiCaller().pressing("3", TICKET_DIGITS, "").call(server.port(), "ivr");

        assertThat(commands).containsSubsequence(choice("3"),
                getData("hotline/enter-ticket", 20000, 14), stream("hotline/ticket-is"),
                sayDigits(TICKET_DIGITS), stream("hotline/status-dispatched"),
                getData("hotline/after-status", 2000, 1), stream("hotline/goodbye"), "HANGUP");
    }

    @Test
    void badTicketInputRePromptsAndUnknownTicketsEndWithAnAgent() {
        List<String> commands = new AgiCaller().pressing("3", "12345", "99999999999999", "", "")
                .call(server.port(), "ivr");

        assertThat(commands).containsSubsequence(stream("hotline/invalid-ticket"),
                stream("hotline/ticket-not-found"), stream("hotline/invalid-ticket"),
                stream("hotline/to-agent"));
        assertThat(commands).last().isEqualTo(choice("0"));
    }

    @Test
    void callerLeavesTicketStatusForAnAgentWithZero() {
        List<String> commands = new AgiCaller().pressing("3", "0").call(server.port(), "ivr");

        assertThat(commands).last().isEqualTo(choice("0"));
        assertThat(commands).noneMatch(c -> c.startsWith("SAY DIGITS"));
    }

    @Test
    void afterTheStatusOnePressReturnsToTheMenu() {
        List<String> commands = new AgiCaller().pressing("3", TICKET_DIGITS, "1", "2").call(server.port(), "ivr");

        assertThat(commands).containsSubsequence(stream("hotline/status-dispatched"),
                getData("hotline/after-status", 2000, 1), getData("hotline/menu", 2000, 1));
        assertThat(commands).last().isEqualTo(choice("2"));
    }

    @Test
    void badMenuKeysRePromptThenPassTheCallerToAnAgent() {
        List<String> commands = new AgiCaller().pressing("9", "", "#").call(server.port(), "ivr");

        assertThat(commands.stream().filter(c -> c.startsWith(getData("hotline/menu", 2000, 1)))).hasSize(3);
        assertThat(commands.stream().filter(c -> c.equals(stream("hotline/invalid")))).hasSize(3);
        assertThat(commands).endsWith(stream("hotline/to-agent"), choice("0"));
    }

    @Test
    void callerHangingUpInTheMenuEndsTheScriptCleanly() {
        List<String> commands = new AgiCaller().hangUpAt(1).call(server.port(), "ivr");

        assertThat(commands).endsWith(getData("hotline/menu", 2000, 1), "CHANNEL STATUS");
        assertThat(commands).noneMatch(c -> c.startsWith("SET VARIABLE"));
    }

    @Test
    void missingWelcomeAndMenuPromptsStillLetTheCallerChooseFromTheMenu() {
        List<String> commands = new AgiCaller().missing("hotline/welcome", "hotline/menu").pressing("2")
                .call(server.port(), "ivr");

        assertThat(commands).containsSubsequence(stream("hotline/welcome"), getData("hotline/menu", 2000, 1),
                "CHANNEL STATUS", "WAIT FOR DIGIT 2000");
        assertThat(commands).last().isEqualTo(choice("2"));
    }

    @Test
    void withEveryPromptMissingASilentCallerStillReachesAnAgent() {
        List<String> commands = new AgiCaller().missing("hotline/welcome", "hotline/menu", "hotline/invalid",
                "hotline/to-agent").call(server.port(), "ivr");

        assertThat(commands.stream().filter(c -> c.startsWith("WAIT FOR DIGIT"))).hasSize(3);
        assertThat(commands).endsWith(stream("hotline/to-agent"), "CHANNEL STATUS", choice("0"));
    }

    @Test
    void aTicketNumberIsTypedWithoutItsMissingPromptAndReadBack() {
        List<String> commands = new AgiCaller().missing("hotline/enter-ticket").pressing("3", TICKET_DIGITS, "")
                .call(server.port(), "ivr");

        assertThat(commands.stream().filter(c -> c.equals("WAIT FOR DIGIT 20000"))).hasSize(14);
        assertThat(commands).containsSubsequence(sayDigits(TICKET_DIGITS), stream("hotline/status-dispatched"),
                stream("hotline/goodbye"), "HANGUP");
    }

    @Test
    void aMissingSurveyQuestionStillTakesTheScore() {
        String callId = "survey-" + UUID.randomUUID();

        List<String> commands = new AgiCaller().missing("hotline/survey-question").pressing("5")
                .call(server.port(), "survey?call=" + callId);

        assertThat(surveys.of(callId)).extracting(RecordedSurveys.Result::score).containsExactly(5);
        assertThat(commands).endsWith(stream("hotline/survey-thanks"), "HANGUP");
    }

    @Test
    void surveyScoreGoesToTheSinkUnderTheCallId() {
        String callId = "survey-" + UUID.randomUUID();

        List<String> commands = new AgiCaller().pressing("4").call(server.port(), "survey?call=" + callId);

        assertThat(surveys.of(callId)).extracting(RecordedSurveys.Result::score).containsExactly(4);
        assertThat(commands).endsWith(stream("hotline/survey-thanks"), "HANGUP");
    }

    @Test
    void surveyWithoutParameterUsesTheChannelsLinkedId() {
        String linkedId = System.nanoTime() + ".0";

        new AgiCaller().withLinkedId(linkedId).pressing("5").call(server.port(), "survey");

        assertThat(surveys.of(linkedId)).extracting(RecordedSurveys.Result::score).containsExactly(5);
    }

    @Test
    void surveyRePromptsTwiceOnInvalidKeysThenEndsPolitely() {
        String callId = "survey-" + UUID.randomUUID();

        List<String> commands = new AgiCaller().pressing("7", "", "9", "5").call(server.port(),
                "survey?call=" + callId);

        assertThat(commands.stream().filter(c -> c.startsWith(getData("hotline/survey-question", 2000, 1)))).hasSize(3);
        assertThat(commands).endsWith(stream("hotline/survey-goodbye"), "HANGUP");
        assertThat(surveys.of(callId)).isEmpty();
    }

    @Test
    void callerHangingUpDuringTheSurveyRecordsNothing() {
        String callId = "survey-" + UUID.randomUUID();

        List<String> commands = new AgiCaller().pressing("9").hangUpAt(2).closingSocketOnHangUp()
                .call(server.port(), "survey?call=" + callId);

        assertThat(commands.stream().filter(c -> c.startsWith("GET DATA"))).hasSize(2);
        assertThat(surveys.of(callId)).isEmpty();
        assertThat(new AgiCaller().pressing("1").call(server.port(), "ivr")).last()
                .isEqualTo(choice("1"));
    }

    @Test
    void aConnectionFromAnAddressThatIsNotAsteriskIsClosedWithoutACommand() throws Exception {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 2000);
            socket.setSoTimeout(5000);
            int first;
            try {
                socket.getOutputStream().write("agi_network: yes\nagi_network_script: ivr\n\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                first = socket.getInputStream().read();
            } catch (java.net.SocketException reset) {
                first = -1;
            }
            assertThat(first).as("the server answered a foreign address").isEqualTo(-1);
        }
        assertThat(new AgiCaller().pressing("1").call(server.port(), "ivr")).last().isEqualTo(choice("1"));
    }

    @Test
    void aTicketOfAnotherNumberIsReadOnlyAfterTheCallerKeysTheLastFourDigitsOfIt() {
        tickets.put("JH20261123000077", "in-progress", "0571-8888 1234");

        List<String> wrong = new AgiCaller().pressing("3", "20261123000077", "9999", "0").call(server.port(), "ivr");
        assertThat(wrong).contains(getData("hotline/enter-phone-digits", 20000, 4), stream("hotline/phone-digits-wrong"));
        assertThat(wrong).noneMatch(c -> c.startsWith("SAY DIGITS") || c.contains("status-in-progress"));

        List<String> right = new AgiCaller().pressing("3", "20261123000077", "1234", "").call(server.port(), "ivr");
        assertThat(right).containsSubsequence(getData("hotline/enter-phone-digits", 20000, 4),
                stream("hotline/ticket-is"), sayDigits("20261123000077"), stream("hotline/status-in-progress"));
    }

    @Test
    void theCallerOfTheTicketsOwnNumberHearsItWithoutAnyQuestion() {
        List<String> commands = new AgiCaller().pressing("3", TICKET_DIGITS, "").call(server.port(), "ivr");
        assertThat(commands).noneMatch(c -> c.contains("enter-phone-digits"));
        assertThat(commands).contains(stream("hotline/status-dispatched"));
    }
}
