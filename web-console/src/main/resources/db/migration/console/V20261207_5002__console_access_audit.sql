-- Issue 14: reads of confidential tickets and reveals of personal data, with the reason given.
CREATE TABLE console_access_audit (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(3)  NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    ticket_no  VARCHAR(20)  NOT NULL,
    action     VARCHAR(32)  NOT NULL,
    reason     VARCHAR(200)
);

CREATE INDEX ix_console_access_audit_ticket ON console_access_audit (ticket_no, at);
CREATE INDEX ix_console_access_audit_user ON console_access_audit (username, at);
