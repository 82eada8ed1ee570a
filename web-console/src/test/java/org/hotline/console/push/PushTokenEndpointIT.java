package org.hotline.console.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.tyrus.client.ClientManager;
import org.hotline.console.security.CurrentUser;
import org.hotline.console.security.CurrentUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * {@code GET /api/push/token} through Spring MVC (standalone, the security filter chain is the application's), then
 * the returned URL and token opened as a real socket. The logged-in user comes from a {@link CurrentUsers} that
 * answers a fixed user, standing in for the security context.
 */
@SpringBootTest(classes = PushTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("pushtest")
class PushTokenEndpointIT {

    private final PushServer server;
    private final PushTokenCodec tokens;
    private final PushHub hub;
    private final PushMessageStore store;
    private final ObjectMapper mapper;
    private final ClientManager client = ClientManager.createClient();

    @Autowired
    PushTokenEndpointIT(PushServer server, PushTokenCodec tokens, PushHub hub, PushMessageStore store,
                        ObjectMapper mapper) {
        this.server = server;
        this.tokens = tokens;
        this.hub = hub;
        this.store = store;
        this.mapper = mapper;
    }

    @AfterEach
    void shutdownClient() {
        client.shutdown();
    }

    @Test
    void issuesATokenThatOpensTheSocketOfTheUsersRoleWithoutMissingAnything() throws Exception {
        CurrentUser staff = TestPushUsers.departmentStaff(TestPushUsers.unique("D"));
        JsonNode response = getToken(staff, new PushProperties());

        assertThat(response.path("url").asText())
                .isEqualTo("ws://localhost:" + server.port() + "/ws/department");
        assertThat(Instant.parse(response.path("expiresAt").asText())).isAfter(Instant.now());
        assertThat(tokens.verify(response.path("token").asText())).isEqualTo(staff);
        long sentAfterTokenWasIssued = hub.sendToUser(staff.username(),
                new PushMessage("ticket-dispatched", Map.of("ticketNo", "JH20261123000099")));

        URI uri = URI.create(response.path("url").asText().replace("localhost", "127.0.0.1") + "?token="
                + PushSockets.encode(response.path("token").asText())
                + "&after=" + response.path("lastMessageId").asLong());
        try (TestPushClient socket = TestPushClient.connect(client, uri)) {
            assertThat(socket.next().path("id").asLong()).isEqualTo(sentAfterTokenWasIssued);
            assertThat(socket.next().path("type").asText()).isEqualTo("resumed");
        }
    }

    @Test
    void advertisesTheConfiguredPublicUrl() throws Exception {
        PushProperties behindProxy = new PushProperties();
        behindProxy.setPublicUrl("wss://hotline.example.cn/ws/");

        JsonNode response = getToken(TestPushUsers.supervisor(), behindProxy);

        assertThat(response.path("url").asText()).isEqualTo("wss://hotline.example.cn/ws/supervisor");
    }

    private JsonNode getToken(CurrentUser user, PushProperties properties) throws Exception {
        CurrentUsers loggedIn = new CurrentUsers() {
            @Override
            public CurrentUser current() {
                return user;
            }
        };
        MockMvc mvc = MockMvcBuilders
                .standaloneSetup(new PushTokenController(loggedIn, tokens, server, properties, store))
                .setMessageConverters(new MappingJackson2HttpMessageConverter(mapper))
                .build();
        String body = mvc.perform(get("/api/push/token"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return mapper.readTree(body);
    }
}
