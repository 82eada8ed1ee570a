package org.hotline.console.push;

import java.time.Instant;

/** A row of {@code console_push_message}; the payload is the JSON object text. */
record StoredPushMessage(long id, TargetKind targetKind, String target, String type, String payload,
                         Instant createdAt) {
}
