-- Outbox of messages to citizens: queued with the change they report, sent after commit, retried with backoff.
CREATE TABLE telephony_notice (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_key VARCHAR(120) NOT NULL,
    kind VARCHAR(24) NOT NULL,
    recipient_kind VARCHAR(16) NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    text_body VARCHAR(2000) NOT NULL,
    ticket_no VARCHAR(32),
    status VARCHAR(16) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    sent_at DATETIME(3)
);
CREATE UNIQUE INDEX ux_telephony_notice_key ON telephony_notice (notice_key);
CREATE INDEX ix_telephony_notice_due ON telephony_notice (status, next_attempt_at);
CREATE INDEX ix_telephony_notice_ticket ON telephony_notice (ticket_no);

CREATE TABLE telephony_notice_attempt (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_id BIGINT NOT NULL,
    attempt INT NOT NULL,
    attempted_at DATETIME(3) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    error VARCHAR(200)
);
CREATE INDEX ix_telephony_notice_attempt ON telephony_notice_attempt (notice_id);
