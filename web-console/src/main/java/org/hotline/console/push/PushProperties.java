package org.hotline.console.push;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the push hub, keys {@code hotline.push.*}; the field initialisers are the defaults. Invalid values
 * fail the start.
 */
@ConfigurationProperties("hotline.push")
@Validated
public class PushProperties {

    /** Port of the WebSocket server; {@code 0} or {@code -1} picks a free port. */
    @Min(-1)
    @Max(65535)
    private int port = 8025;
    /**
     * Bind address. Tyrus 2.2's Grizzly container always listens on every interface, so only the wildcard
     * addresses are accepted; anything else fails the start instead of being silently ignored.
     */
    @NotBlank
    private String host = "0.0.0.0";
    /** Base URL clients use to reach {@code /ws}, e.g. {@code wss://hotline.example.cn/ws} behind a proxy. */
    private String publicUrl;
    /** HMAC-SHA256 secret of the connect tokens, at least 32 bytes; random per start unless in production mode. */
    private String secret;
    /** How long a token may be used to connect (once). */
    @NotNull
    private Duration tokenTtl = Duration.ofSeconds(15);
    /** HMAC-SHA256 secret signing the messages nodes exchange over Redis; at least 32 bytes, same on every node. */
    private String busSecret;
    /**
     * Origins (scheme://host[:port]) whose pages may open sockets: the console's public URL in production. Empty:
     * loopback origins only. A client sending no Origin (not a browser) is let through to the token check.
     */
    private List<String> allowedOrigins = new ArrayList<>();
    /** Sockets one user may hold open on a node. */
    @Min(1)
    private int maxSocketsPerUser = 10;
    /** Sockets a node holds open in total. */
    @Min(1)
    private int maxSockets = 5000;
    /** Typing is answered at most once per this interval per session; the newest text in the interval wins. */
    @NotNull
    private Duration debounce = Duration.ofMillis(120);
    /** Largest text frame a client may send; larger ones close the socket with code 1009. */
    @Min(256)
    private int maxMessageBytes = 8 * 1024;
    /** Longest typed text, in characters, that is searched. */
    @Min(1)
    private int maxTextLength = 200;
    /** Messages a client may send per second; the excess is answered with a {@code rate-limited} error. */
    @Min(1)
    private int maxMessagesPerSecond = 20;
    /** Suggestions per answer. */
    @Min(1)
    @Max(50)
    private int suggestionLimit = 5;
    /** Threads that call the {@link SuggestionProvider}. */
    @Min(1)
    private int suggestionThreads = 2;
    /** How long sent messages are kept for catch-up. */
    @NotNull
    private Duration retention = Duration.ofHours(24);
    /** How often messages older than the retention are purged. */
    @NotNull
    private Duration purgeInterval = Duration.ofMinutes(10);
    /** Most messages replayed to one reconnecting session. */
    @Min(1)
    private int catchUpLimit = 1000;
    /** Frames queued for one session before it is considered too slow and closed with code 1013. */
    @Min(1)
    private int maxOutbox = 1000;
    /** Redis pub/sub channel of the cross-node fan-out (when {@code hotline.redis.enabled=true}). */
    @NotBlank
    private String redisChannel = "hotline:push";
    /** Pause before the Redis subscriber reconnects after losing its connection. */
    @NotNull
    private Duration redisReconnectDelay = Duration.ofSeconds(2);

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Duration getTokenTtl() {
        return tokenTtl;
    }

    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }

    public String getBusSecret() {
        return busSecret;
    }

    public void setBusSecret(String busSecret) {
        this.busSecret = busSecret;
    }

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    public int getMaxSocketsPerUser() {
        return maxSocketsPerUser;
    }

    public void setMaxSocketsPerUser(int maxSocketsPerUser) {
        this.maxSocketsPerUser = maxSocketsPerUser;
    }

    public int getMaxSockets() {
        return maxSockets;
    }

    public void setMaxSockets(int maxSockets) {
        this.maxSockets = maxSockets;
    }

    public Duration getDebounce() {
        return debounce;
    }

    public void setDebounce(Duration debounce) {
        this.debounce = debounce;
    }

    public int getMaxMessageBytes() {
        return maxMessageBytes;
    }

    public void setMaxMessageBytes(int maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    public int getMaxTextLength() {
        return maxTextLength;
    }

    public void setMaxTextLength(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    public int getMaxMessagesPerSecond() {
        return maxMessagesPerSecond;
    }

    public void setMaxMessagesPerSecond(int maxMessagesPerSecond) {
        this.maxMessagesPerSecond = maxMessagesPerSecond;
    }

    public int getSuggestionLimit() {
        return suggestionLimit;
    }

    public void setSuggestionLimit(int suggestionLimit) {
        this.suggestionLimit = suggestionLimit;
    }

    public int getSuggestionThreads() {
        return suggestionThreads;
    }

    public void setSuggestionThreads(int suggestionThreads) {
        this.suggestionThreads = suggestionThreads;
    }

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public Duration getPurgeInterval() {
        return purgeInterval;
    }

    public void setPurgeInterval(Duration purgeInterval) {
        this.purgeInterval = purgeInterval;
    }

    public int getCatchUpLimit() {
        return catchUpLimit;
    }

    public void setCatchUpLimit(int catchUpLimit) {
        this.catchUpLimit = catchUpLimit;
    }

    public int getMaxOutbox() {
        return maxOutbox;
    }

    public void setMaxOutbox(int maxOutbox) {
        this.maxOutbox = maxOutbox;
    }

    public String getRedisChannel() {
        return redisChannel;
    }

    public void setRedisChannel(String redisChannel) {
        this.redisChannel = redisChannel;
    }

    public Duration getRedisReconnectDelay() {
        return redisReconnectDelay;
    }

    public void setRedisReconnectDelay(Duration redisReconnectDelay) {
        this.redisReconnectDelay = redisReconnectDelay;
    }
}
