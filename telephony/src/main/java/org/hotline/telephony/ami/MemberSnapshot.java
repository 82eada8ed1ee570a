package org.hotline.telephony.ami;

/** One queue member as {@code QueueStatus} lists it. */
record MemberSnapshot(String queue, String location, Integer status, boolean paused, String pausedReason) {
}
