-- Issue 14: optional second factor (TOTP, RFC 6238) for administrators and supervisors. The secret is stored
-- encrypted (AES-GCM, bound to the user name); last_step refuses a code used before; recovery codes as SHA-256.
CREATE TABLE console_totp (
    username     VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret_enc   VARCHAR(200) NOT NULL,
    confirmed    BOOLEAN      NOT NULL DEFAULT FALSE,
    last_step    BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(3)  NOT NULL,
    confirmed_at DATETIME(3)
);

CREATE TABLE console_totp_recovery (
    username  VARCHAR(64) NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(3),
    PRIMARY KEY (username, code_hash)
);
