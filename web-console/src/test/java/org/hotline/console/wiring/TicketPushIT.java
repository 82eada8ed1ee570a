package org.hotline.console.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.TestSocket;
import org.hotline.console.push.TestPushClient;
import org.junit.jupiter.api.Test;

/**
 * A ticket command over HTTP reaches the department's console on a real WebSocket, and the message was stored by
 * its own committed transaction (after the ticket's commit): a console reconnecting later replays it.
 */
class TicketPushIT extends HotlineIntegrationSupport {

    @Test
    void aDispatchOverHttpIsPushedToTheDepartmentAndKeptForItsCatchUp() {
        TestApi api = api();
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "consultation",
            "categoryCode", "C0401", "content", "公积金贷款额度怎么计算"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();

        long messageId;
        try (TestPushClient department = TestSocket.open(api, "dept-gjj")) {
            department.drainWithPing();
            Response dispatched = api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of());
            assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);

            List<JsonNode> frames = department.until(frame -> isDispatchOf(frame, no));
            JsonNode pushed = frames.get(frames.size() - 1);
            assertThat(pushed.get("payload").get("departmentCode").asText()).isEqualTo("GJJ");
            assertThat(pushed.get("payload").size()).isEqualTo(2);
            messageId = pushed.get("id").asLong();
        }

        try (TestPushClient reconnected = TestSocket.open(api, "dept-gjj", messageId - 1)) {
            List<JsonNode> replayed = reconnected.until(frame -> "resumed".equals(frame.path("type").asText()));
            assertThat(replayed).anySatisfy(frame -> {
                assertThat(isDispatchOf(frame, no)).isTrue();
                assertThat(frame.get("id").asLong()).isEqualTo(messageId);
            });
        }
    }

    private static boolean isDispatchOf(JsonNode frame, String no) {
        return "ticket-dispatched".equals(frame.path("type").asText())
            && no.equals(frame.path("payload").path("ticketNo").asText());
    }
}
