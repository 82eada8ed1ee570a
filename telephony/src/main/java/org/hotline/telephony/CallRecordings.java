package org.hotline.telephony;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The recordings of answered calls ({@code hotline.telephony.recordings.*}): where each call's file is, who listened
 * to it, and their retention. Who may listen is the application's decision; this only finds and audits. Thread-safe.
 */
public interface CallRecordings {

    /**
     * @return the readable recording file of this call in the recordings directory, empty when the call has no
     *         recording or its file is gone (not yet copied, or purged)
     */
    Optional<Path> fileOf(String callId);

    /**
     * Audits one playback.
     *
     * @param actor  console username, 1..64 characters
     * @param role   the listener's role, 1..32 characters
     * @param reason why, at most 500 characters; may be null when the role needs none
     * @throws IllegalArgumentException when a value is blank or too long
     */
    void audit(String callId, String actor, String role, String reason);

    /**
     * Deletes the recordings older than the retention ({@code hotline.telephony.recordings.retention}); also run
     * daily at 03:30 China time.
     *
     * @return how many files were deleted
     */
    int purgeExpired();
}
