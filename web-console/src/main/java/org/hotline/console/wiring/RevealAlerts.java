package org.hotline.console.wiring;

import java.util.Map;

import org.hotline.console.push.PushHub;
import org.hotline.console.push.PushMessage;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.RevealVolumeReached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the supervisors' consoles when a user reveals personal data unusually often ({@code reveal-volume-alert}). */
@Component
class RevealAlerts {

    static final String TYPE = "reveal-volume-alert";

    private final PushHub push;

    RevealAlerts(PushHub push) {
        this.push = push;
    }

    @EventListener
    void on(RevealVolumeReached alert) {
        push.sendToRole(ConsoleRole.SUPERVISOR, new PushMessage(TYPE, Map.of("username", alert.username(),
            "role", alert.role().name(), "count", alert.count(), "at", alert.at().toString())));
    }
}
