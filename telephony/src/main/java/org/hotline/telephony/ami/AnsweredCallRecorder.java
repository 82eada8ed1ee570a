package org.hotline.telephony.ami;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.hotline.telephony.CallAnswered;
import org.hotline.telephony.TelephonyException;
import org.hotline.telephony.TelephonyService;
import org.hotline.telephony.config.TelephonyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;

/**
 * Records every answered queue call in {@link TelephonyProperties.RecordingMode#AMI} mode: on {@link CallAnswered} it
 * starts {@code MixMonitor} on the caller's channel, which the queue has just bridged to the agent, into a file named
 * by the call id. In the default {@link TelephonyProperties.RecordingMode#QUEUE} mode it does nothing: the queue
 * records and the event translator links the file Asterisk reports.
 *
 * <p>Why this mode is not the default: Asterisk registers the AMI action {@code MixMonitor} in the {@code system}
 * write class (which also allows shell commands), and the sample manager.conf grants no {@code system}. The action
 * goes out on a worker, never on the AMI reader thread that delivered the event and must read the answer.
 */
class AnsweredCallRecorder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AnsweredCallRecorder.class);

    private final TelephonyService telephony;
    private final TelephonyProperties properties;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ami-recording");
        thread.setDaemon(true);
        return thread;
    });

    AnsweredCallRecorder(TelephonyService telephony, TelephonyProperties properties) {
        this.telephony = telephony;
        this.properties = properties;
    }

    @EventListener
    void on(CallAnswered event) {
        if (!properties.getRecordings().isEnabled()
                || properties.getRecordings().getMode() != TelephonyProperties.RecordingMode.AMI
                || event.queue() == null) {
            return;
        }
        worker.execute(() -> {
            try {
                String file = telephony.startRecording(event.callId());
                log.info("call {} recording to {}", event.callId(), file);
            } catch (TelephonyException | IllegalArgumentException e) {
                log.warn("call {} not recorded: {}", event.callId(), e.getMessage());
            }
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
