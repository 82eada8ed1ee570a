package org.hotline.telephony.ami;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hotline.ami.*}: the Asterisk Manager servers. AMI is off when neither {@code host} nor {@code servers} is
 * set.
 */
@ConfigurationProperties("hotline.ami")
public class AmiProperties {

    /** Single-server shorthand; adds one server to {@link #servers}. */
    private String host;
    private int port = 5038;
    private String username;
    private String secret;
    /** Several Asterisk servers: {@code hotline.ami.servers[0].host=...}. */
    private List<Server> servers = new ArrayList<>();
    /** First retry delay after a failed login; doubles up to {@link #reconnectMax}. */
    private Duration reconnectMin = Duration.ofMillis(500);
    private Duration reconnectMax = Duration.ofSeconds(30);
    /** Cluster only: how long the AMI lease outlives its holder's last renewal. */
    private Duration leaseTtl = Duration.ofSeconds(15);
    /** How long an action waits for Asterisk's response. */
    private Duration responseTimeout = Duration.ofSeconds(5);

    /** @return the configured servers, the shorthand first */
    public List<Server> effectiveServers() {
        List<Server> result = new ArrayList<>();
        if (host != null && !host.isBlank()) {
            Server single = new Server();
            single.setHost(host);
            single.setPort(port);
            single.setUsername(username);
            single.setSecret(secret);
            result.add(single);
        }
        servers.stream().filter(s -> s.getHost() != null && !s.getHost().isBlank()).forEach(result::add);
        return result;
    }

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public int getPort() { return port; }
    public void setPort(int port) { this.port = port; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public List<Server> getServers() { return servers; }
    public void setServers(List<Server> servers) { this.servers = servers; }
    public Duration getReconnectMin() { return reconnectMin; }
    public void setReconnectMin(Duration reconnectMin) { this.reconnectMin = reconnectMin; }
    public Duration getReconnectMax() { return reconnectMax; }
    public void setReconnectMax(Duration reconnectMax) { this.reconnectMax = reconnectMax; }
    public Duration getLeaseTtl() { return leaseTtl; }
    public void setLeaseTtl(Duration leaseTtl) { this.leaseTtl = leaseTtl; }
    public Duration getResponseTimeout() { return responseTimeout; }
    public void setResponseTimeout(Duration responseTimeout) { this.responseTimeout = responseTimeout; }

    /** One Asterisk server. */
    public static class Server {
        private String host;
        private int port = 5038;
        private String username;
        private String secret;

        public String name() {
            return host + ":" + port;
        }

        public String getHost() { return host; }
        public void setHost(String host) { this.host = host; }
        public int getPort() { return port; }
        public void setPort(int port) { this.port = port; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getSecret() { return secret; }
        public void setSecret(String secret) { this.secret = secret; }
    }
}
