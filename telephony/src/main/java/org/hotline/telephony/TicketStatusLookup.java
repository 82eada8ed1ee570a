package org.hotline.telephony;

import java.util.Optional;

/**
 * Port: the IVR asks the application for a ticket's status. Implemented by the application (telephony never
 * depends on the ticket module); a bean is required.
 *
 * <p>Implementations must be thread-safe (called concurrently from FastAGI sessions) and answer quickly: the
 * caller is waiting on the line.
 */
public interface TicketStatusLookup {

    /**
     * @param ticketNo the ticket number the caller keyed in, {@code "JH"} followed by 14 digits
     * @return the status to read back, or empty when no such ticket exists
     */
    Optional<TicketStatusInfo> statusOf(String ticketNo);
}
