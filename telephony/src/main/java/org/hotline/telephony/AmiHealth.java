package org.hotline.telephony;

import java.time.Instant;
import java.util.List;

/** Health of the Asterisk Manager links. Thread-safe. */
public interface AmiHealth {

    /** @return whether at least one AMI server is configured */
    boolean enabled();

    /** @return whether every configured server's link is up (true when none is configured) */
    boolean allUp();

    /** @return one entry per configured server, in configuration order */
    List<ServerHealth> servers();

    /**
     * @param name        the server's name (its {@code host:port})
     * @param up          whether the link is logged in
     * @param connects    successful logins since start (more than 1 means reconnects happened)
     * @param lastChange  when the link last went up or down, or {@code null}
     */
    record ServerHealth(String name, boolean up, int connects, Instant lastChange) {
    }
}
