-- Issue 14: a password set by someone else (bootstrap, reset) must be changed at the next login; account changes
-- are audited with the administrator who made them.
ALTER TABLE console_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE console_user ADD COLUMN password_changed_at DATETIME(3);

CREATE TABLE console_account_audit (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(3)  NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    action     VARCHAR(32)  NOT NULL,
    detail     VARCHAR(200)
);

CREATE INDEX ix_console_account_audit_user ON console_account_audit (username, at);
