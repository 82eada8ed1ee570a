package org.hotline.telephony.channel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotline.telephony.ContactChannel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hotline.channel.*}: the online channels, the urgent words of the queue and the response clocks. A channel
 * without configuration is off. Internal to the module; public only for Spring's binding.
 */
@ConfigurationProperties("hotline.channel")
public class ChannelProperties {

    /** Words that put a contact at the head of the queue and alert supervisors. */
    private List<String> urgentWords = new ArrayList<>(List.of("燃气泄漏", "煤气", "天然气", "被困", "着火", "火灾",
        "爆炸", "触电", "溺水", "坍塌", "跳楼", "轻生", "自杀", "中毒"));
    private final ResponseClockSettings responseClock = new ResponseClockSettings();
    private final WebSettings web = new WebSettings();
    private final SmsSettings sms = new SmsSettings();
    private final NoticeSettings notices = new NoticeSettings();
    private final WeChatSettings wechat = new WeChatSettings();
    private final EmailSettings email = new EmailSettings();

    public List<String> getUrgentWords() { return urgentWords; }
    public void setUrgentWords(List<String> urgentWords) { this.urgentWords = urgentWords; }
    public ResponseClockSettings getResponseClock() { return responseClock; }
    public WebSettings getWeb() { return web; }
    public SmsSettings getSms() { return sms; }
    public NoticeSettings getNotices() { return notices; }
    public WeChatSettings getWechat() { return wechat; }
    public EmailSettings getEmail() { return email; }

    /** {@code hotline.channel.response-clock.*}: GB/T 33358 first-response limits. */
    public static class ResponseClockSettings {
        /** WeChat, web and app messages. */
        private Duration online = Duration.ofMinutes(3);
        private Duration sms = Duration.ofMinutes(3);
        private Duration email = Duration.ofHours(24);
        /** Share of the time after which a waiting contact counts as nearing its limit. */
        private int warningPercent = 80;
        /** How often breached clocks are looked for. */
        private Duration sweepInterval = Duration.ofSeconds(15);

        /** @return the first-response limit of a channel */
        public Duration limitOf(ContactChannel channel) {
            return switch (channel) {
                case EMAIL -> email;
                case SMS -> sms;
                default -> online;
            };
        }

        public Duration getOnline() { return online; }
        public void setOnline(Duration online) { this.online = online; }
        public Duration getSms() { return sms; }
        public void setSms(Duration sms) { this.sms = sms; }
        public Duration getEmail() { return email; }
        public void setEmail(Duration email) { this.email = email; }
        public int getWarningPercent() { return warningPercent; }
        public void setWarningPercent(int warningPercent) { this.warningPercent = warningPercent; }
        public Duration getSweepInterval() { return sweepInterval; }
        public void setSweepInterval(Duration sweepInterval) { this.sweepInterval = sweepInterval; }
    }

    /** {@code hotline.channel.web.*}: registered web and app clients. */
    public static class WebSettings {
        /** Client id → its settings; a request signed by no registered client is refused. */
        private Map<String, Client> clients = new LinkedHashMap<>();
        /** Allowed clock skew of a signed request. */
        private Duration maxSkew = Duration.ofMinutes(5);

        public Map<String, Client> getClients() { return clients; }
        public void setClients(Map<String, Client> clients) { this.clients = clients; }
        public Duration getMaxSkew() { return maxSkew; }
        public void setMaxSkew(Duration maxSkew) { this.maxSkew = maxSkew; }
    }

    /** One web or app client. */
    public static class Client {
        /** The HMAC-SHA256 secret shared with the client. */
        private String secret;

        public String getSecret() { return secret; }
        public void setSecret(String secret) { this.secret = secret; }
    }

    /** {@code hotline.channel.sms.*}: the SMS gateway; off while {@code gateway-url} or {@code secret} is unset. */
    public static class SmsSettings {
        private String gatewayUrl;
        private String secret;
        private Duration timeout = Duration.ofSeconds(5);
        /** How long after the follow-up survey was sent a reply 1–5 from the same phone still answers it. */
        private Duration surveyWindow = Duration.ofDays(3);

        public Duration getSurveyWindow() { return surveyWindow; }
        public void setSurveyWindow(Duration surveyWindow) { this.surveyWindow = surveyWindow; }
        public String getGatewayUrl() { return gatewayUrl; }
        public void setGatewayUrl(String gatewayUrl) { this.gatewayUrl = gatewayUrl; }
        public String getSecret() { return secret; }
        public void setSecret(String secret) { this.secret = secret; }
        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
    }

    /** {@code hotline.channel.notices.*}: the outbox sender. */
    public static class NoticeSettings {
        /** How often due notices are looked for. */
        private Duration pollInterval = Duration.ofSeconds(1);
        /** Pause after the first failed attempt; doubled after each further one. */
        private Duration retryBase = Duration.ofSeconds(10);
        /** Longest pause between attempts. */
        private Duration retryMax = Duration.ofMinutes(30);
        /** Attempts before a notice is given up (status failed). */
        private int maxAttempts = 8;
        /** A notice being sent is hidden from other nodes this long. */
        private Duration lease = Duration.ofSeconds(60);

        public Duration getPollInterval() { return pollInterval; }
        public void setPollInterval(Duration pollInterval) { this.pollInterval = pollInterval; }
        public Duration getRetryBase() { return retryBase; }
        public void setRetryBase(Duration retryBase) { this.retryBase = retryBase; }
        public Duration getRetryMax() { return retryMax; }
        public void setRetryMax(Duration retryMax) { this.retryMax = retryMax; }
        public int getMaxAttempts() { return maxAttempts; }
        public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
        public Duration getLease() { return lease; }
        public void setLease(Duration lease) { this.lease = lease; }
    }

    /** {@code hotline.channel.wechat.*}: the official account; off while {@code token} is unset. */
    public static class WeChatSettings {
        private String token;
        /** 43 characters; required for safe mode. */
        private String encodingAesKey;
        private String appId;
        private String appSecret;
        /** The customer-service message API's base URL. */
        private String apiUrl = "https://api.weixin.qq.com";
        private Duration timeout = Duration.ofSeconds(5);

        /** @return whether customer-service messages can be sent (app id and secret set) */
        public boolean outboundEnabled() {
            return appId != null && !appId.isBlank() && appSecret != null && !appSecret.isBlank();
        }

        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }

        public String getToken() { return token; }
        public void setToken(String token) { this.token = token; }
        public String getEncodingAesKey() { return encodingAesKey; }
        public void setEncodingAesKey(String encodingAesKey) { this.encodingAesKey = encodingAesKey; }
        public String getAppId() { return appId; }
        public void setAppId(String appId) { this.appId = appId; }
        public String getAppSecret() { return appSecret; }
        public void setAppSecret(String appSecret) { this.appSecret = appSecret; }
        public String getApiUrl() { return apiUrl; }
        public void setApiUrl(String apiUrl) { this.apiUrl = apiUrl; }
    }

    /**
     * {@code hotline.channel.email.*}: the mailbox polled over IMAP and the SMTP server replies leave by; off while
     * {@code imap-host} is unset (replies and notices by e-mail need {@code smtp-host} and {@code from}).
     */
    public static class EmailSettings {
        private String imapHost;
        private int imapPort = 993;
        private String username;
        private String password;
        /** IMAPS (TLS from the first byte) rather than plain IMAP. */
        private boolean ssl = true;
        private String folder = "INBOX";
        /** Where taken-in mail is moved (created when missing). */
        private String processedFolder = "Processed";
        /** Where mail that cannot be taken in is moved (created when missing). */
        private String errorFolder = "Error";
        private Duration pollInterval = Duration.ofMinutes(1);
        /** At most this many messages per poll. */
        private int batch = 50;
        private String smtpHost;
        private int smtpPort = 465;
        /** SMTP login; the IMAP login when unset. */
        private String smtpUsername;
        private String smtpPassword;
        private boolean smtpSsl = true;
        /** The sender address of replies ({@code 12345@city.gov.cn}). */
        private String from;
        private Duration timeout = Duration.ofSeconds(20);

        /** @return whether the mailbox is polled */
        public boolean inboundEnabled() {
            return imapHost != null && !imapHost.isBlank();
        }

        /** @return whether mail can be sent */
        public boolean outboundEnabled() {
            return smtpHost != null && !smtpHost.isBlank() && from != null && !from.isBlank();
        }

        public String getImapHost() { return imapHost; }
        public void setImapHost(String imapHost) { this.imapHost = imapHost; }
        public int getImapPort() { return imapPort; }
        public void setImapPort(int imapPort) { this.imapPort = imapPort; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public boolean isSsl() { return ssl; }
        public void setSsl(boolean ssl) { this.ssl = ssl; }
        public String getFolder() { return folder; }
        public void setFolder(String folder) { this.folder = folder; }
        public String getProcessedFolder() { return processedFolder; }
        public void setProcessedFolder(String processedFolder) { this.processedFolder = processedFolder; }
        public String getErrorFolder() { return errorFolder; }
        public void setErrorFolder(String errorFolder) { this.errorFolder = errorFolder; }
        public Duration getPollInterval() { return pollInterval; }
        public void setPollInterval(Duration pollInterval) { this.pollInterval = pollInterval; }
        public int getBatch() { return batch; }
        public void setBatch(int batch) { this.batch = batch; }
        public String getSmtpHost() { return smtpHost; }
        public void setSmtpHost(String smtpHost) { this.smtpHost = smtpHost; }
        public int getSmtpPort() { return smtpPort; }
        public void setSmtpPort(int smtpPort) { this.smtpPort = smtpPort; }
        public String getSmtpUsername() { return smtpUsername != null ? smtpUsername : username; }
        public void setSmtpUsername(String smtpUsername) { this.smtpUsername = smtpUsername; }
        public String getSmtpPassword() { return smtpPassword != null ? smtpPassword : password; }
        public void setSmtpPassword(String smtpPassword) { this.smtpPassword = smtpPassword; }
        public boolean isSmtpSsl() { return smtpSsl; }
        public void setSmtpSsl(boolean smtpSsl) { this.smtpSsl = smtpSsl; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
    }
}
