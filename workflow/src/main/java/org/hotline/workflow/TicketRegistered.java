package org.hotline.workflow;

import java.time.Instant;

/**
 * A ticket was registered. Carries personal data in clear for notifications (e.g. SMS with the ticket number):
 * consumers must not log it.
 *
 * @param no             ticket number
 * @param channel        contact channel
 * @param type           request type
 * @param categoryCode   category
 * @param districtCode   district or null
 * @param departmentCode department proposed by routing (null if routing found none)
 * @param citizenPhone   phone in clear or null
 * @param content        content in clear
 * @param callId         telephony call id or null
 * @param at             registration time
 */
public record TicketRegistered(TicketNo no, Channel channel, TicketType type, String categoryCode,
        String districtCode, String departmentCode, String citizenPhone, String content, String callId, Instant at) {
}
