package org.hotline.telephony.ivr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hotline.fastagi.*}: the FastAGI server Asterisk's dialplan calls ({@code AGI(agi://host:port/ivr)}). */
@ConfigurationProperties("hotline.fastagi")
public class FastAgiProperties {

    /** Off by default so an embedded start or a test suite never competes for port 4573. */
    private boolean enabled = false;
    private String address = "127.0.0.1";
    /** 0 binds a free port (tests); the bound port is exposed by the server bean. */
    private int port = 4573;
    /** Scripts running at the same time (one per call in the IVR). */
    private int maxSessions = 200;
    /**
     * Addresses of the Asterisk servers allowed to connect (literal IPs); a connection from any other address is
     * closed at once, before a line is read.
     */
    private List<String> allowedAddresses = new ArrayList<>(List.of("127.0.0.1", "::1"));
    /** Connections one address may hold open at once; beyond it new ones are closed. */
    private int maxConnectionsPerAddress = 200;
    /** A connection silent for longer (no line from Asterisk) is closed. */
    private Duration socketTimeout = Duration.ofMinutes(2);

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public int getPort() { return port; }
    public void setPort(int port) { this.port = port; }
    public int getMaxSessions() { return maxSessions; }
    public void setMaxSessions(int maxSessions) { this.maxSessions = maxSessions; }
    public List<String> getAllowedAddresses() { return allowedAddresses; }
    public void setAllowedAddresses(List<String> allowedAddresses) { this.allowedAddresses = allowedAddresses; }
    public int getMaxConnectionsPerAddress() { return maxConnectionsPerAddress; }
    public void setMaxConnectionsPerAddress(int max) { this.maxConnectionsPerAddress = max; }
    public Duration getSocketTimeout() { return socketTimeout; }
    public void setSocketTimeout(Duration socketTimeout) { this.socketTimeout = socketTimeout; }
}
