package org.hotline.workflow;

import java.time.Instant;

/**
 * A co-handling department's share of a ticket (协办) and its deadline. The lead department may reply once every
 * contribution is in or missed; a missed contribution may still come in late until the reply.
 *
 * @param departmentCode the co-handling department
 * @param signedAt       when it signed, or null
 * @param contributedAt  when it contributed, or null
 * @param dueAt          its contribution deadline (working days from the lead's signature, never after the handle
 *                       deadline); null until the lead signs
 * @param warned         the 80 % warning was raised to it
 * @param missed         the deadline passed without its contribution (督办 against it; no longer blocks the reply)
 */
public record Contribution(String departmentCode, Instant signedAt, Instant contributedAt, Instant dueAt,
        boolean warned, boolean missed) {
}
