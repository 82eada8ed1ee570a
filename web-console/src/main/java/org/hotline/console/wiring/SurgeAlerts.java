package org.hotline.console.wiring;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.workflow.SurgeDetected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the supervisors' consoles of each surge once, on the node that stored it ({@link SurgeAlert}). */
@Component
class SurgeAlerts {

    private final PushHub push;

    SurgeAlerts(PushHub push) {
        this.push = push;
    }

    @EventListener
    void on(SurgeDetected detected) {
        push.sendToRole(ConsoleRole.SUPERVISOR, PushMessage.of(new SurgeAlert(detected.surge())));
    }
}
