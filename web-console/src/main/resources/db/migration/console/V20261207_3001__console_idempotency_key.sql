-- Idempotency-Key of POST requests (web and app forms, ticket registration): the first answer, replayed for the
-- same key and body until the key expires.
CREATE TABLE console_idempotency_key (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    scope VARCHAR(80) NOT NULL,
    idem_key VARCHAR(64) NOT NULL,
    request_hash CHAR(64) NOT NULL,
    response_status INT,
    response_location VARCHAR(200),
    response_body TEXT,
    created_at DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL
);
CREATE UNIQUE INDEX ux_console_idempotency_key ON console_idempotency_key (scope, idem_key);
CREATE INDEX ix_console_idempotency_key_expires ON console_idempotency_key (expires_at);
