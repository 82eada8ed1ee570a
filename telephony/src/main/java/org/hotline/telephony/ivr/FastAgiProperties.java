package org.hotline.telephony.ivr;

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

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public int getPort() { return port; }
    public void setPort(int port) { this.port = port; }
    public int getMaxSessions() { return maxSessions; }
    public void setMaxSessions(int maxSessions) { this.maxSessions = maxSessions; }
}
