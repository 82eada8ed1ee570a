package org.hotline.telephony.config;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.hotline.telephony.EmergencyService;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hotline.telephony.*}: queue, agent phones, transfer targets and timing. Internal to the module; public only
 * so the feature subpackages can share it.
 */
@ConfigurationProperties("hotline.telephony")
public class TelephonyProperties {

    /** The agent queue of the hotline. */
    private String queue = "hotline";
    /** Console username to phone interface, e.g. {@code agent1: PJSIP/1001}. */
    private Map<String, String> agents = new LinkedHashMap<>();
    /** Department code to live-window extension in {@link #transferContext}, e.g. {@code GJJ: 8001}. */
    private Map<String, String> departments = new LinkedHashMap<>();
    /** Emergency service to dialled target in {@link #emergencyContext}. */
    private Map<EmergencyService, String> emergency = new EnumMap<>(EmergencyService.class);
    /** Dialplan context where citizens' calls enter (the IVR); a call first seen there is tracked. */
    private String inboundContext = "ivr";
    /** Dialplan context for department transfers. */
    private String transferContext = "transfer";
    /** Dialplan context where the caller joins a three-way call (ConfBridge room named by the call id). */
    private String conferenceContext = "conference";
    /** Dialplan context where the agent and the department's window join a three-way call (marked users). */
    private String conferenceStaffContext = "conference-staff";
    /** How long the department's window rings before a three-way call goes on without it. */
    private Duration conferenceRingTimeout = Duration.ofSeconds(30);
    /** Dialplan context for emergency transfers. */
    private String emergencyContext = "emergency";
    /** Dialplan context dialled after the agent answers an originated call. */
    private String outboundContext = "outbound";
    /** Directory prefix of MixMonitor files on the Asterisk server (empty: Asterisk's monitor directory). */
    private String recordingDirectory = "";
    private String recordingFormat = "wav";
    /** After-call work limit; WRAP_UP returns to READY after it. Zero disables wrap-up. */
    private Duration wrapUp = Duration.ofSeconds(30);
    /** Presence expires when no heartbeat arrives for this long. */
    private Duration presenceTtl = Duration.ofSeconds(60);
    /** Abandons within this wait are short abandons, counted apart. */
    private Duration shortAbandon = Duration.ofSeconds(5);
    /** Service level threshold (answered within). */
    private Duration serviceLevel = Duration.ofSeconds(15);
    /** How often the agent-state sweep (presence expiry, wrap-up end) runs. */
    private Duration sweepInterval = Duration.ofSeconds(1);
    /** A caller who seems to wait longer than this in the live queue state is forgotten (a lost leave event). */
    private Duration maxQueueWait = Duration.ofHours(2);
    private final CallbackSettings callbacks = new CallbackSettings();
    private final RecordingSettings recordings = new RecordingSettings();
    private final SimulatorSettings simulator = new SimulatorSettings();

    public TelephonyProperties() {
        emergency.put(EmergencyService.POLICE_110, "110");
        emergency.put(EmergencyService.FIRE_119, "119");
        emergency.put(EmergencyService.AMBULANCE_120, "120");
        emergency.put(EmergencyService.TRAFFIC_122, "122");
    }

    /** @return the agent owning this phone interface (compared case-insensitively, {@code /n} suffix ignored) */
    public Optional<String> agentOf(String phoneInterface) {
        if (phoneInterface == null) {
            return Optional.empty();
        }
        String wanted = normalise(phoneInterface);
        return agents.entrySet().stream()
                .filter(e -> normalise(e.getValue()).equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public Optional<String> interfaceOf(String agent) {
        return Optional.ofNullable(agents.get(agent));
    }

    private static String normalise(String phoneInterface) {
        String value = phoneInterface.trim().toLowerCase(java.util.Locale.ROOT);
        return value.endsWith("/n") ? value.substring(0, value.length() - 2) : value;
    }

    public String getQueue() { return queue; }
    public void setQueue(String queue) { this.queue = queue; }
    public Map<String, String> getAgents() { return agents; }
    public void setAgents(Map<String, String> agents) { this.agents = agents; }
    public Map<String, String> getDepartments() { return departments; }
    public void setDepartments(Map<String, String> departments) { this.departments = departments; }
    public Map<EmergencyService, String> getEmergency() { return emergency; }
    public void setEmergency(Map<EmergencyService, String> emergency) { this.emergency = emergency; }
    public String getInboundContext() { return inboundContext; }
    public void setInboundContext(String inboundContext) { this.inboundContext = inboundContext; }
    public String getTransferContext() { return transferContext; }
    public void setTransferContext(String transferContext) { this.transferContext = transferContext; }
    public String getEmergencyContext() { return emergencyContext; }
    public void setEmergencyContext(String emergencyContext) { this.emergencyContext = emergencyContext; }
    public String getOutboundContext() { return outboundContext; }
    public void setOutboundContext(String outboundContext) { this.outboundContext = outboundContext; }
    public String getRecordingDirectory() { return recordingDirectory; }
    public void setRecordingDirectory(String recordingDirectory) { this.recordingDirectory = recordingDirectory; }
    public String getConferenceContext() { return conferenceContext; }
    public void setConferenceContext(String conferenceContext) { this.conferenceContext = conferenceContext; }
    public String getConferenceStaffContext() { return conferenceStaffContext; }
    public void setConferenceStaffContext(String conferenceStaffContext) {
        this.conferenceStaffContext = conferenceStaffContext;
    }
    public Duration getConferenceRingTimeout() { return conferenceRingTimeout; }
    public void setConferenceRingTimeout(Duration conferenceRingTimeout) {
        this.conferenceRingTimeout = conferenceRingTimeout;
    }
    public String getRecordingFormat() { return recordingFormat; }
    public void setRecordingFormat(String recordingFormat) { this.recordingFormat = recordingFormat; }
    public Duration getWrapUp() { return wrapUp; }
    public void setWrapUp(Duration wrapUp) { this.wrapUp = wrapUp; }
    public Duration getPresenceTtl() { return presenceTtl; }
    public void setPresenceTtl(Duration presenceTtl) { this.presenceTtl = presenceTtl; }
    public Duration getShortAbandon() { return shortAbandon; }
    public void setShortAbandon(Duration shortAbandon) { this.shortAbandon = shortAbandon; }
    public Duration getServiceLevel() { return serviceLevel; }
    public void setServiceLevel(Duration serviceLevel) { this.serviceLevel = serviceLevel; }
    public Duration getSweepInterval() { return sweepInterval; }
    public void setSweepInterval(Duration sweepInterval) { this.sweepInterval = sweepInterval; }
    public Duration getMaxQueueWait() { return maxQueueWait; }
    public void setMaxQueueWait(Duration maxQueueWait) { this.maxQueueWait = maxQueueWait; }
    public CallbackSettings getCallbacks() { return callbacks; }
    public RecordingSettings getRecordings() { return recordings; }
    public SimulatorSettings getSimulator() { return simulator; }

    /** {@code hotline.telephony.callbacks.*} */
    public static class CallbackSettings {
        /** One open task per number within this window. */
        private Duration window = Duration.ofHours(2);
        /** Whether short abandons create no task. */
        private boolean skipShortAbandons = false;
        /** Dialling attempts without reaching the citizen after which a task is done. */
        private int maxAttempts = 3;

        public int getMaxAttempts() { return maxAttempts; }
        public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
        public Duration getWindow() { return window; }
        public void setWindow(Duration window) { this.window = window; }
        public boolean isSkipShortAbandons() { return skipShortAbandons; }
        public void setSkipShortAbandons(boolean skipShortAbandons) { this.skipShortAbandons = skipShortAbandons; }
    }

    /**
     * {@code hotline.telephony.recordings.*}: where this application reads the recordings Asterisk writes (the
     * Asterisk server's monitor directory, shared or synchronised), whether answered queue calls are recorded, and
     * how long recordings are kept.
     */
    public static class RecordingSettings {
        /** Whether every answered queue call is recorded (MixMonitor on answer). */
        private boolean enabled = true;
        /** Who starts the recording on answer; recordings Asterisk reports are linked to their call either way. */
        private RecordingMode mode = RecordingMode.QUEUE;
        /** The directory holding the recording files, as this application sees it. */
        private java.nio.file.Path dir = java.nio.file.Path.of("data", "recordings");
        /** Recordings older than this (by file time) are deleted. */
        private Duration retention = Duration.ofDays(180);

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public RecordingMode getMode() { return mode; }
        public void setMode(RecordingMode mode) { this.mode = mode; }
        public java.nio.file.Path getDir() { return dir; }
        public void setDir(java.nio.file.Path dir) { this.dir = dir; }
        public Duration getRetention() { return retention; }
        public void setRetention(Duration retention) { this.retention = retention; }
    }

    /** Who starts the recording of an answered queue call. */
    public enum RecordingMode {
        /**
         * Asterisk's queue: {@code monitor-format} in queues.conf and {@code MONITOR_FILENAME} set to the call id by the
         * dialplan before {@code Queue()}; the queue starts {@code MixMonitor} (option {@code b}) when a member answers.
         * Needs no AMI rights: the application learns the file from the {@code VarSet MIXMONITOR_FILENAME} and
         * {@code MixMonitorStart} events (classes dialplan and call).
         */
        QUEUE,
        /**
         * The application sends the AMI action {@code MixMonitor} on answer. Asterisk registers that action in the
         * {@code system} write class, which the sample manager.conf does not grant: only for sites that accept it.
         */
        AMI
    }

    /** {@code hotline.telephony.simulator.*} */
    public static class SimulatorSettings {
        /** How long a simulated call talks before it ends. */
        private Duration talk = Duration.ofSeconds(30);

        public Duration getTalk() { return talk; }
        public void setTalk(Duration talk) { this.talk = talk; }
    }
}
