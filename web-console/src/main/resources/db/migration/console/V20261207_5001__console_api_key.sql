-- Issue 14: integration clients authenticate with an API key; only its SHA-256 is stored.
CREATE TABLE console_api_key (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    key_hash   CHAR(64)     NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    label      VARCHAR(100) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    revoked_at DATETIME(3),
    CONSTRAINT uq_console_api_key_hash UNIQUE (key_hash)
);

CREATE INDEX ix_console_api_key_user ON console_api_key (username);
