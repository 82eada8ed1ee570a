package org.hotline.telephony.ami;

/** One channel as {@code CoreShowChannels} lists it, free of Asterisk-Java types. */
record ChannelSnapshot(String uniqueId, String linkedId, String channel, String context, String application,
                       String applicationData, String callerNumber, String callerName) {
}
