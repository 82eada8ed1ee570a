package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import jakarta.websocket.CloseReason;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = PushTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("pushtest")
class AgentTypingIT {

    private final PushServer server;
    private final PushTokenCodec tokens;
    private final TestSuggestionProvider provider;
    private final SuggestionDispatcher dispatcher;
    private PushSockets sockets;

    @Autowired
    AgentTypingIT(PushServer server, PushTokenCodec tokens, TestSuggestionProvider provider,
                  SuggestionDispatcher dispatcher) {
        this.server = server;
        this.tokens = tokens;
        this.provider = provider;
        this.dispatcher = dispatcher;
    }

    @BeforeEach
    void openSockets() {
        sockets = new PushSockets(server, tokens);
    }

    @AfterEach
    void closeSockets() {
        sockets.close();
    }

    @Test
    void answersTypingWithTheBestMatchingEntriesFirst() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        agent.send("{\"type\":\"typing\",\"text\":\"公积金怎么提取\",\"seq\":1}");

        JsonNode answer = agent.next();
        assertThat(answer.path("type").asText()).isEqualTo("suggestions");
        assertThat(answer.path("seq").asLong()).isEqualTo(1);
        assertThat(answer.path("text").asText()).isEqualTo("公积金怎么提取");
        assertThat(answer.path("items").get(0).path("entryId").asText()).isEqualTo("QA0005");
        assertThat(answer.path("items").get(0).path("question").asText()).isEqualTo("住房公积金怎么提取租房");
        assertThat(answer.path("items").get(0).path("snippet").path("text").asText()).isNotBlank();
        assertThat(answer.path("items").get(0).path("score").asDouble())
                .isGreaterThan(answer.path("items").get(1).path("score").asDouble());
    }

    @Test
    void narrowsSuggestionsToTheGivenCategory() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        agent.send("{\"type\":\"typing\",\"text\":\"噪音怎么办怎么提取\",\"category\":\"C0501\",\"seq\":7}");

        JsonNode answer = agent.next();
        assertThat(answer.path("items")).isNotEmpty();
        answer.path("items").forEach(item -> assertThat(item.path("entryId").asText()).isIn("QA0010", "QA0011"));
    }

    @Test
    void answersClearedTextWithNoSuggestions() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        agent.send("{\"type\":\"typing\",\"text\":\"   \",\"seq\":3}");

        JsonNode answer = agent.next();
        assertThat(answer.path("seq").asLong()).isEqualTo(3);
        assertThat(answer.path("items")).isEmpty();
    }

    @Test
    void answersOnlyTheNewestTextWhenTypingFasterThanTheDebounce() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        for (int seq = 1; seq <= 12; seq++) {
            String text = "社保缴费基数怎么调整".substring(0, Math.min(10, seq));
            agent.send("{\"type\":\"typing\",\"text\":\"" + text + "\",\"seq\":" + seq + "}");
        }

        List<JsonNode> answers = agent.until(frame -> frame.path("seq").asLong() == 12);
        assertThat(answers).extracting(frame -> frame.path("seq").asLong()).isSorted();
        assertThat(answers.size()).as("coalesced, not one answer per keystroke").isLessThan(12);
        assertThat(agent.drainWithPing()).isEmpty();
    }

    @Test
    void dropsTheSlowAnswerToOlderTextOnceNewerTextWasAnswered() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());
        CountDownLatch slowSearch = provider.holdSearchesFor("医保卡丢了");
        long droppedBefore = dispatcher.staleDropped();

        agent.send("{\"type\":\"typing\",\"text\":\"医保卡丢了\",\"seq\":1}");
        await().atMost(Duration.ofSeconds(5)).until(() -> provider.isSearching("医保卡丢了"));
        agent.send("{\"type\":\"typing\",\"text\":\"医保卡丢了怎么补办\",\"seq\":2}");
        JsonNode newest = agent.next();
        slowSearch.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> dispatcher.staleDropped() == droppedBefore + 1);

        assertThat(newest.path("seq").asLong()).isEqualTo(2);
        assertThat(newest.path("items").get(0).path("entryId").asText()).isEqualTo("QA0007");
        assertThat(agent.drainWithPing()).as("the answer to seq 1 never follows").isEmpty();
    }

    @Test
    void ignoresTypingWithASequenceNumberOlderThanOneAlreadyReceived() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        agent.send("{\"type\":\"typing\",\"text\":\"路灯不亮\",\"seq\":5}");
        assertThat(agent.next().path("seq").asLong()).isEqualTo(5);
        agent.send("{\"type\":\"typing\",\"text\":\"路灯\",\"seq\":4}");

        assertThat(agent.drainWithPing()).isEmpty();
    }

    @Test
    void reportsAFailingProviderAsAnErrorAndKeepsTheSocketOpen() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        agent.send("{\"type\":\"typing\",\"text\":\"故障测试\",\"seq\":1}");

        assertError(agent.next(), "suggestions-unavailable");
        agent.send("{\"type\":\"typing\",\"text\":\"路灯不亮\",\"seq\":2}");
        assertThat(agent.next().path("type").asText()).isEqualTo("suggestions");
    }

    @Test
    void answersBadJsonWithAnErrorAndKeepsTheSocketOpen() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        agent.send("{\"type\":\"typing\",\"text\":");
        assertError(agent.next(), "bad-json");
        agent.send("[1,2,3]");
        assertError(agent.next(), "bad-json");
        agent.send("\"just a string\"");
        assertError(agent.next(), "bad-json");

        assertThat(agent.drainWithPing()).isEmpty();
        assertThat(agent.isOpen()).isTrue();
    }

    @Test
    void answersMalformedRequestsWithErrors() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        agent.send("{\"text\":\"社保\"}");
        assertError(agent.next(), "bad-request");
        agent.send("{\"type\":\"typing\",\"text\":\"社保\"}");
        assertError(agent.next(), "bad-request");
        agent.send("{\"type\":\"typing\",\"text\":\"社保\",\"seq\":-1}");
        assertError(agent.next(), "bad-request");
        agent.send("{\"type\":\"typing\",\"text\":42,\"seq\":1}");
        assertError(agent.next(), "bad-request");
        agent.send("{\"type\":\"typing\",\"text\":\"社保\",\"seq\":1,\"category\":\"C01' OR 1=1\"}");
        assertError(agent.next(), "bad-request");
        agent.send("{\"type\":\"typing\",\"text\":\"" + "长".repeat(201) + "\",\"seq\":1}");
        assertError(agent.next(), "bad-request");
        agent.send("{\"type\":\"launch-missiles\"}");
        assertError(agent.next(), "unknown-type");
    }

    @Test
    void refusesTypingOnTheDepartmentEndpoint() {
        TestPushClient department = sockets.connect(TestPushUsers.departmentStaff("SBZX"));

        department.send("{\"type\":\"typing\",\"text\":\"社保\",\"seq\":1}");

        assertError(department.next(), "unknown-type");
    }

    @Test
    void closesTheSocketWhenAFrameExceedsTheSizeLimit() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        agent.sendExpectingClose("{\"type\":\"typing\",\"seq\":1,\"text\":\"" + "x".repeat(9000) + "\"}");

        assertThat(agent.awaitClose().getCloseCode().getCode())
                .isEqualTo(CloseReason.CloseCodes.TOO_BIG.getCode());
    }

    @Test
    void tellsAFloodingClientToSlowDown() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        for (int i = 0; i < 300; i++) {
            agent.send("{\"type\":\"ping\"}");
        }

        List<JsonNode> frames = agent.until(frame -> "rate-limited".equals(frame.path("code").asText()));
        assertThat(frames.size()).isLessThan(300);
        assertThat(agent.isOpen()).isTrue();
    }

    private static void assertError(JsonNode frame, String code) {
        assertThat(frame.path("type").asText()).isEqualTo("error");
        assertThat(frame.path("code").asText()).isEqualTo(code);
        assertThat(frame.path("message").asText()).isNotBlank();
    }
}
