package org.hotline.console.wiring;

import java.time.Instant;

import org.hotline.console.push.PushPayload;
import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.RevealVolumeReached;

/**
 * Push {@code reveal-volume-alert}, to supervisors: a user revealed personal data unusually often within the window.
 *
 * @param username who revealed
 * @param role     that user's role
 * @param count    reveals within the window when the alert fired
 * @param at       when
 */
record RevealVolumeAlert(String username, ConsoleRole role, int count, Instant at) implements PushPayload {

    static RevealVolumeAlert of(RevealVolumeReached reached) {
        return new RevealVolumeAlert(reached.username(), reached.role(), reached.count(), reached.at());
    }

    @Override
    public String messageType() {
        return "reveal-volume-alert";
    }
}
