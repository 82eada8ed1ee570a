package org.hotline.console.wiring;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.RevealVolumeReached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the supervisors' consoles when a user reveals personal data unusually often ({@link RevealVolumeAlert}). */
@Component
class RevealAlerts {

    private final PushHub push;

    RevealAlerts(PushHub push) {
        this.push = push;
    }

    @EventListener
    void on(RevealVolumeReached alert) {
        push.sendToRole(ConsoleRole.SUPERVISOR, PushMessage.of(RevealVolumeAlert.of(alert)));
    }
}
