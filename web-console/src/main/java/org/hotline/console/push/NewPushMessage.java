package org.hotline.console.push;

import java.time.Instant;

/** A message about to be stored; MyBatis writes the generated id back into {@link #id}. */
final class NewPushMessage {

    private Long id;
    private final TargetKind targetKind;
    private final String target;
    private final String type;
    private final String payload;
    private final Instant createdAt;

    NewPushMessage(TargetKind targetKind, String target, String type, String payload, Instant createdAt) {
        this.targetKind = targetKind;
        this.target = target;
        this.type = type;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public String getTarget() {
        return target;
    }

    public String getType() {
        return type;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
