package org.hotline.console.api.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.hotline.console.HotlineIntegrationSupport;
import org.hotline.console.TestApi;
import org.hotline.console.TestApi.Response;
import org.hotline.console.TestSocket;
import org.hotline.console.push.TestPushClient;
import org.junit.jupiter.api.Test;

/**
 * A 督办 level reaches whom its {@code notify} names (application.yml: level 1 dispatchers and supervisors; level 2
 * supervisors and the department leader; level 3 also the city office), and the department always: over HTTP and
 * real sockets, with the leader designated by the administrator through the users API.
 */
class EscalationAddresseesIT extends HotlineIntegrationSupport {

    private static final String TEMPORARY = "temporary-pass-Q7x";
    private static final String PASSWORD = "river-lantern-73-copper";
    private static final String CITY_OFFICE = "city-office-it";

    @Test
    void eachLevelReachesTheAddresseesItsNotifyNames() {
        TestApi api = api();
        TestApi own = new TestApi(port, PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String leader = "leader-" + suffix;
        String staff = "staff-" + suffix;
        account(api, leader, "DEPARTMENT", "GJJ");
        account(api, staff, "DEPARTMENT", "GJJ");
        if (api.get("admin", "/api/admin/users").body().contains("\"" + CITY_OFFICE + "\"")) {
            api.post("admin", "/api/admin/users/" + CITY_OFFICE + "/password", Map.of("temporaryPassword", TEMPORARY));
            changePassword(CITY_OFFICE);
        } else {
            account(api, CITY_OFFICE, "SUPERVISOR", null);
        }

        Response designated = api.put("admin", "/api/admin/users/" + leader + "/leader", Map.of("leader", true));
        assertThat(designated.status()).as(designated.toString()).isEqualTo(204);
        assertThat(api.put("admin", "/api/admin/users/agent1/leader", Map.of("leader", true)).status())
            .as("only a department user leads").isEqualTo(409);
        JsonNode users = api.get("admin", "/api/admin/users").json();
        for (JsonNode user : users) {
            if (user.get("username").asText().equals(leader) || user.get("username").asText().equals(staff)) {
                assertThat(user.get("departmentLeader").asBoolean()).isEqualTo(user.get("username").asText()
                    .equals(leader));
            }
        }
        assertThat(api.get("admin", "/api/admin/users/" + leader + "/audit").body()).contains("LEADER_CHANGED")
            .contains("leader of GJJ");

        try (TestPushClient leaderSocket = TestSocket.open(own, leader);
             TestPushClient staffSocket = TestSocket.open(own, staff);
             TestPushClient cityOffice = TestSocket.open(own, CITY_OFFICE);
             TestPushClient dispatcher = TestSocket.open(api, "dispatcher1")) {
            for (TestPushClient socket : List.of(leaderSocket, staffSocket, cityOffice, dispatcher)) {
                socket.drainWithPing();
            }

            String first = escalated(api, 1);
            List<JsonNode> leaderFrames = leaderSocket.until(frame -> isOf(frame, "escalation-level-raised", first));
            assertThat(dispatcher.until(frame -> isOf(frame, "escalation-level-raised", first))).isNotEmpty();
            staffSocket.until(frame -> isOf(frame, "escalation-level-raised", first));

            String second = escalated(api, 2);
            leaderFrames.addAll(leaderSocket.until(frame -> isOf(frame, "escalation-addressed", second)));
            JsonNode addressed = leaderFrames.get(leaderFrames.size() - 1).get("payload");
            assertThat(addressed.get("as").asText()).isEqualTo("department_leader");
            assertThat(addressed.get("level").asInt()).isEqualTo(2);
            assertThat(addressed.get("departmentCode").asText()).isEqualTo("GJJ");
            assertThat(leaderFrames).as("the department's message reaches the leader too")
                .anyMatch(frame -> isOf(frame, "escalation-level-raised", second));
            assertThat(leaderFrames).as("level 1 is not addressed to the leader")
                .noneMatch(frame -> isOf(frame, "escalation-addressed", first));

            List<JsonNode> staffFrames = staffSocket.until(frame -> isOf(frame, "escalation-level-raised", second));
            staffFrames.addAll(staffSocket.drainWithPing());
            assertThat(staffFrames).as("a department user who is not its leader gets the department's message only")
                .noneMatch(frame -> "escalation-addressed".equals(frame.path("type").asText()));

            String third = escalated(api, 3);
            JsonNode toCityOffice = last(cityOffice.until(frame -> isOf(frame, "escalation-addressed", third)));
            assertThat(toCityOffice.get("payload").get("as").asText()).isEqualTo("city_office");
            assertThat(toCityOffice.get("payload").get("level").asInt()).isEqualTo(3);
            assertThat(last(leaderSocket.until(frame -> isOf(frame, "escalation-addressed", third)))
                .get("payload").get("as").asText()).isEqualTo("department_leader");

            List<JsonNode> dispatcherFrames = dispatcher.drainWithPing();
            assertThat(dispatcherFrames).as("levels 2 and 3 do not name the dispatchers")
                .noneMatch(frame -> isOf(frame, "escalation-level-raised", second)
                    || isOf(frame, "escalation-level-raised", third));
            assertThat(cityOffice.drainWithPing()).noneMatch(frame -> isOf(frame, "escalation-addressed", second));
        }
    }

    private void account(TestApi api, String username, String role, String departmentCode) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "password", TEMPORARY,
            "role", role));
        if (departmentCode != null) {
            body.put("departmentCode", departmentCode);
        }
        Response created = api.post("admin", "/api/admin/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        changePassword(username);
    }

    private void changePassword(String username) {
        Response changed = new TestApi(port, TEMPORARY).post(username, "/api/me/password",
            Map.of("currentPassword", TEMPORARY, "newPassword", PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    }

    private String escalated(TestApi api, int level) {
        Response created = api.post("agent1", "/api/tickets", Map.of("channel", "phone", "type", "complaint",
            "categoryCode", "C0401", "content", "公积金提取三周未到账，督办第" + level + "级"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String no = created.json().get("ticketNo").asText();
        assertThat(api.post("dispatcher1", "/api/tickets/" + no + "/dispatch", Map.of("departmentCode", "GJJ"))
            .status()).isEqualTo(200);
        assertThat(api.post("dept-gjj", "/api/tickets/" + no + "/sign", Map.of()).status()).isEqualTo(200);
        Response escalated = api.post("supervisor1", "/api/tickets/" + no + "/escalate",
            Map.of("note", "多次来电", "level", level));
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
        return no;
    }

    private static JsonNode last(List<JsonNode> frames) {
        return frames.get(frames.size() - 1);
    }

    private static boolean isOf(JsonNode frame, String type, String no) {
        return type.equals(frame.path("type").asText()) && no.equals(frame.path("payload").path("ticketNo").asText());
    }
}
