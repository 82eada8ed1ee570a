-- The outcome of dialling a callback task: the task keeps its attempts and last outcome; every attempt is audited.
ALTER TABLE telephony_callback ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE telephony_callback ADD COLUMN last_outcome VARCHAR(16);
ALTER TABLE telephony_callback ADD COLUMN last_note VARCHAR(500);
ALTER TABLE telephony_callback ADD COLUMN last_agent VARCHAR(64);

CREATE TABLE telephony_callback_attempt (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    callback_id BIGINT NOT NULL,
    caller_number VARCHAR(32) NOT NULL,
    dialled_by VARCHAR(64) NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    note VARCHAR(500),
    status_after VARCHAR(16) NOT NULL,
    recorded_at DATETIME(3) NOT NULL
);
CREATE INDEX ix_telephony_callback_attempt_task ON telephony_callback_attempt (callback_id, id);
