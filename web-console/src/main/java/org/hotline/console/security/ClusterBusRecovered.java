package org.hotline.console.security;

import java.time.Instant;

/**
 * Published (as a Spring application event) when this node's cluster bus listens again after losing Redis: ends of
 * sessions other nodes announced meanwhile were missed, so this node ends, from the account audit, the sessions of
 * every user disabled, reset or moved since {@code since}.
 *
 * @param since when the bus lost Redis
 */
public record ClusterBusRecovered(Instant since) {
}
