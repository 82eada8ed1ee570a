package org.hotline.telephony;

/** Object mother of the module's tests: the recorded calls of the fixtures, with fresh ids per use. */
public final class TestCalls {

    private TestCalls() {
    }

    /** The answered queue call of {@code ami-call.txt}: IVR choice 1, queue hotline, agent 1001, hold 1 s, talk 5 s. */
    public static AmiFixture answeredCall() {
        return AmiFixture.load("ami-call.txt.server.raw").withFreshIds();
    }

    /**
     * The answered call of {@code ami-call.txt} as Asterisk 22 reports it with the sample configuration's recording
     * ({@code ami-queue-recording.txt}): the dialplan sets {@code MONITOR_FILENAME} to the call id before
     * {@code Queue()}, and the queue ({@code monitor-format = wav}) starts MixMonitor on the caller's channel when the
     * agent answers ({@code VarSet MIXMONITOR_FILENAME}, {@code MixMonitorStart} before {@code AgentConnect}).
     */
    public static AmiFixture recordedCall() {
        return AmiFixture.load("ami-queue-recording.txt.server.raw").withFreshIds();
    }

    /** Where Asterisk writes the recording of a call of {@link #recordedCall()}. */
    public static String recordingFileOf(String callId) {
        return "/var/spool/asterisk/monitor/" + callId + ".wav";
    }

    /** The abandoned call of {@code ami-abandon.txt}: slow agent 1002 rings, caller hangs up after 3 s. */
    public static AmiFixture abandonedCall() {
        return AmiFixture.load("ami-abandon.txt.server.raw").withFreshIds();
    }

    public static String callIdOf(AmiFixture fixture) {
        return fixture.header("Event: QueueCallerJoin", "Linkedid");
    }

    public static String callerOf(AmiFixture fixture) {
        return fixture.header("Event: QueueCallerJoin", "CallerIDNum");
    }
}
