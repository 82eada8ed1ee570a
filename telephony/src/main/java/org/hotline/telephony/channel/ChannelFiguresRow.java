package org.hotline.telephony.channel;

import org.hotline.telephony.ContactChannel;
import org.hotline.telephony.ContactStats;

/** One channel's line of the first-response figures. */
class ChannelFiguresRow {
    String channel;
    long received;
    long responded;
    long responseSeconds;
    long breaches;

    ContactStats.ChannelFigures toFigures() {
        return new ContactStats.ChannelFigures(ContactChannel.valueOf(channel), received, responded,
            responded == 0 ? 0.0 : (double) responseSeconds / responded, breaches);
    }
}
