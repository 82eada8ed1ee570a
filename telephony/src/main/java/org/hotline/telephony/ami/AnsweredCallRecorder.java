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
 * Records every answered queue call: on {@link CallAnswered} it starts {@code MixMonitor} on the caller's channel,
 * which the queue has just bridged to the agent, into a file named by the call id.
 *
 * <p>Why the application orders the recording rather than the queue's {@code monitor-format}: the file then carries
 * the call id that the call record, the tickets and the playback endpoint use, the application knows it at once
 * (no guessing Asterisk's naming), and the {@code b} option records the conversation only, not the hold music. The
 * action goes out on a worker, never on the AMI reader thread that delivered the event and must read the answer.
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
        if (!properties.getRecordings().isEnabled() || event.queue() == null) {
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
