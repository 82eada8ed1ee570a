package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PushTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("pushtest")
class PushHubIT {

    private final PushServer server;
    private final PushTokenCodec tokens;
    private final PushHub hub;
    private final TransactionTemplate transactions;
    private PushSockets sockets;

    @Autowired
    PushHubIT(PushServer server, PushTokenCodec tokens, PushHub hub, PlatformTransactionManager transactionManager) {
        this.server = server;
        this.tokens = tokens;
        this.hub = hub;
        this.transactions = new TransactionTemplate(transactionManager);
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
    void sendsToEverySessionOfTheUserAndToNobodyElse() {
        CurrentUser agent = TestPushUsers.agent();
        TestPushClient desk = sockets.connect(agent);
        TestPushClient secondTab = sockets.connect(agent);
        CurrentUser colleague = TestPushUsers.agent();
        TestPushClient colleagueDesk = sockets.connect(colleague);

        long id = hub.sendToUser(agent.username(), new PushMessage("screen-pop",
                Map.of("caller", "138****5678", "ivrChoice", "2")));

        for (TestPushClient socket : List.of(desk, secondTab)) {
            JsonNode frame = socket.next();
            assertThat(frame.path("type").asText()).isEqualTo("screen-pop");
            assertThat(frame.path("id").asLong()).isEqualTo(id);
            assertThat(frame.path("at").asText()).isNotBlank();
            assertThat(frame.path("payload").path("ivrChoice").asText()).isEqualTo("2");
        }
        assertThat(colleagueDesk.drainWithPing()).isEmpty();
    }

    @Test
    void sendsToTheSessionsOfTheRoleOnly() {
        TestPushClient firstAgent = sockets.connect(TestPushUsers.agent());
        TestPushClient secondAgent = sockets.connect(TestPushUsers.agent());
        TestPushClient dispatcher = sockets.connect(TestPushUsers.dispatcher());
        TestPushClient supervisor = sockets.connect(TestPushUsers.supervisor());

        long id = hub.sendToRole(ConsoleRole.AGENT, new PushMessage("queue-alert", Map.of("waiting", 12)));

        assertThat(firstAgent.next().path("id").asLong()).isEqualTo(id);
        assertThat(secondAgent.next().path("id").asLong()).isEqualTo(id);
        assertThat(dispatcher.drainWithPing()).isEmpty();
        assertThat(supervisor.drainWithPing()).isEmpty();
    }

    @Test
    void sendsToTheStaffOfTheDepartmentOnly() {
        String department = TestPushUsers.unique("D");
        TestPushClient firstStaff = sockets.connect(TestPushUsers.departmentStaff(department));
        TestPushClient secondStaff = sockets.connect(TestPushUsers.departmentStaff(department));
        TestPushClient otherDepartment = sockets.connect(TestPushUsers.departmentStaff(TestPushUsers.unique("D")));
        TestPushClient agent = sockets.connect(TestPushUsers.agent());

        long id = hub.sendToDepartment(department, new PushMessage("ticket-dispatched",
                Map.of("ticketNo", "JH20261123000042", "signBy", "2026-11-24T09:00:00+08:00")));

        for (TestPushClient socket : List.of(firstStaff, secondStaff)) {
            JsonNode frame = socket.next();
            assertThat(frame.path("id").asLong()).isEqualTo(id);
            assertThat(frame.path("payload").path("ticketNo").asText()).isEqualTo("JH20261123000042");
        }
        assertThat(otherDepartment.drainWithPing()).isEmpty();
        assertThat(agent.drainWithPing()).isEmpty();
    }

    @Test
    void deliversInSendingOrder() {
        CurrentUser agent = TestPushUsers.agent();
        TestPushClient desk = sockets.connect(agent);

        for (int i = 0; i < 50; i++) {
            hub.sendToUser(agent.username(), new PushMessage("ticket-note", Map.of("n", i)));
        }

        for (int i = 0; i < 50; i++) {
            assertThat(desk.next().path("payload").path("n").asInt()).isEqualTo(i);
        }
    }

    @Test
    void deliversOnlyAfterTheSendersTransactionCommits() {
        CurrentUser agent = TestPushUsers.agent();
        TestPushClient desk = sockets.connect(agent);

        transactions.executeWithoutResult(status -> {
            hub.sendToUser(agent.username(), new PushMessage("ticket-registered", Map.of("ticketNo", "rolled-back")));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> {
            hub.sendToUser(agent.username(), new PushMessage("ticket-registered", Map.of("ticketNo", "committed")));
            assertThat(desk.drainWithPing()).as("nothing before the commit").isEmpty();
        });

        assertThat(desk.next().path("payload").path("ticketNo").asText()).isEqualTo("committed");
        assertThat(desk.drainWithPing()).isEmpty();
    }

    @Test
    void sendsSeveralMessagesToARoleTogetherInOrderAndOnlyAfterCommit() {
        TestPushClient agent = sockets.connect(TestPushUsers.agent());
        TestPushClient supervisor = sockets.connect(TestPushUsers.supervisor());

        transactions.executeWithoutResult(status -> {
            hub.sendAllToRole(ConsoleRole.AGENT, List.of(new PushMessage("contact-received", Map.of("n", -1))));
            status.setRollbackOnly();
        });
        List<Long> ids = transactions.execute(status -> {
            List<Long> stored = hub.sendAllToRole(ConsoleRole.AGENT, List.of(
                new PushMessage("contact-received", Map.of("n", 0)),
                new PushMessage("contact-received", Map.of("n", 1)),
                new PushMessage("contact-received", Map.of("n", 2))));
            assertThat(agent.drainWithPing()).as("nothing before the commit").isEmpty();
            return stored;
        });

        assertThat(ids).hasSize(3).isSorted().doesNotHaveDuplicates();
        for (int i = 0; i < 3; i++) {
            JsonNode frame = agent.next();
            assertThat(frame.path("id").asLong()).isEqualTo(ids.get(i));
            assertThat(frame.path("payload").path("n").asInt()).isEqualTo(i);
        }
        assertThat(agent.drainWithPing()).isEmpty();
        assertThat(supervisor.drainWithPing()).isEmpty();
        assertThat(hub.sendAllToRole(ConsoleRole.AGENT, List.of())).isEmpty();
        assertThatThrownBy(() -> hub.sendAllToRole(ConsoleRole.AGENT, List.of(
            new PushMessage("contact-received", Map.of("n", 3)),
            new PushMessage("contact-received", Map.of("blob", "x".repeat(70_000))))))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(agent.drainWithPing()).as("an invalid message stores none of them").isEmpty();
    }

    @Test
    void refusesInvalidMessagesAndTargets() {
        assertThatThrownBy(() -> new PushMessage("Screen Pop", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushMessage("error", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hub.sendToUser(" ", new PushMessage("screen-pop", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hub.sendToDepartment("D".repeat(65), new PushMessage("screen-pop", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hub.sendToUser("someone", new PushMessage("screen-pop", List.of(1, 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hub.sendToUser("someone", new PushMessage("screen-pop",
                Map.of("blob", "x".repeat(70_000))))).isInstanceOf(IllegalArgumentException.class);
    }
}
