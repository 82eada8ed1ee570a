package org.hotline.telephony;

import java.time.Instant;
import java.util.List;

/**
 * First-response figures of the contacts received in {@code [from, to)}, by channel (GB/T 33358 response clocks).
 *
 * @param from     start, inclusive
 * @param to       end, exclusive
 * @param channels one line per channel that received contacts
 */
public record ContactStats(Instant from, Instant to, List<ChannelFigures> channels) {

    public ContactStats {
        channels = List.copyOf(channels);
    }

    /**
     * @param channel                  the channel
     * @param received                 contacts received
     * @param responded                contacts with a first response (direct answer or ticket number)
     * @param meanFirstResponseSeconds mean time to the first response of the responded ones
     * @param breaches                 contacts answered after their clock, or still unanswered past it
     */
    public record ChannelFigures(ContactChannel channel, long received, long responded,
                                 double meanFirstResponseSeconds, long breaches) {
    }
}
