CREATE TABLE kb_learned_example (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    text_body     TEXT        NOT NULL,
    category_code VARCHAR(16) NOT NULL,
    learned_at    DATETIME(3) NOT NULL
);

CREATE TABLE kb_ticket_snapshot (
    ticket_no     VARCHAR(40) NOT NULL PRIMARY KEY,
    text_body     TEXT        NOT NULL,
    phone_hash    CHAR(64),
    district_code VARCHAR(16),
    category_code VARCHAR(16),
    open_flag     BOOLEAN     NOT NULL,
    registered_at DATETIME(3) NOT NULL,
    updated_at    DATETIME(3) NOT NULL
);
CREATE INDEX ix_kb_ticket_snapshot_registered ON kb_ticket_snapshot (registered_at);
