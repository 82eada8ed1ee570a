-- Every pushed message, kept for the retention period so reconnecting clients can catch up (hotline.push.retention).
CREATE TABLE console_push_message (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_kind VARCHAR(16)  NOT NULL,
    target      VARCHAR(64)  NOT NULL,
    type        VARCHAR(40)  NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  DATETIME(3)  NOT NULL
);

CREATE INDEX ix_console_push_message_target ON console_push_message (target_kind, target, id);

CREATE INDEX ix_console_push_message_created ON console_push_message (created_at);
