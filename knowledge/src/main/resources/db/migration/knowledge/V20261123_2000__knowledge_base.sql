CREATE TABLE kb_entry (
    id                    VARCHAR(32)  NOT NULL PRIMARY KEY,
    entry_version         INT          NOT NULL,
    question              VARCHAR(300) NOT NULL,
    alternative_questions TEXT         NOT NULL,
    answer                TEXT         NOT NULL,
    category_code         VARCHAR(16)  NOT NULL,
    department_code       VARCHAR(16),
    tags                  TEXT         NOT NULL,
    policy_id             VARCHAR(32),
    valid_from            DATE,
    valid_to              DATE,
    status                VARCHAR(16)  NOT NULL,
    content_hash          CHAR(64)     NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    updated_by            VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_kb_entry_category ON kb_entry (category_code);
CREATE INDEX ix_kb_entry_department ON kb_entry (department_code);

CREATE TABLE kb_entry_version (
    entry_id              VARCHAR(32)  NOT NULL,
    entry_version         INT          NOT NULL,
    question              VARCHAR(300) NOT NULL,
    alternative_questions TEXT         NOT NULL,
    answer                TEXT         NOT NULL,
    category_code         VARCHAR(16)  NOT NULL,
    department_code       VARCHAR(16),
    tags                  TEXT         NOT NULL,
    policy_id             VARCHAR(32),
    valid_from            DATE,
    valid_to              DATE,
    status                VARCHAR(16)  NOT NULL,
    content_hash          CHAR(64)     NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    updated_by            VARCHAR(64)  NOT NULL,
    PRIMARY KEY (entry_id, entry_version)
);

CREATE TABLE kb_policy (
    id             VARCHAR(32)  NOT NULL PRIMARY KEY,
    title          VARCHAR(300) NOT NULL,
    doc_no         VARCHAR(100),
    issuer         VARCHAR(16),
    published      DATE,
    effective_from DATE,
    expires        DATE,
    category_code  VARCHAR(16),
    body           TEXT         NOT NULL,
    content_hash   CHAR(64)     NOT NULL,
    updated_at     DATETIME(3)  NOT NULL
);

CREATE TABLE kb_entry_usage (
    entry_id      VARCHAR(32) NOT NULL,
    category_code VARCHAR(16) NOT NULL,
    used_count    BIGINT      NOT NULL,
    last_used_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (entry_id, category_code)
);

CREATE TABLE kb_usage_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id      VARCHAR(32) NOT NULL,
    category_code VARCHAR(16) NOT NULL,
    agent         VARCHAR(64) NOT NULL,
    used_at       DATETIME(3) NOT NULL
);
CREATE INDEX ix_kb_usage_event_used_at ON kb_usage_event (used_at);

CREATE TABLE kb_query_stat (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    query_norm      VARCHAR(200) NOT NULL,
    occurrences     BIGINT       NOT NULL,
    no_result_count BIGINT       NOT NULL,
    top_entry_id    VARCHAR(32),
    last_seen       DATETIME(3)  NOT NULL
);
CREATE UNIQUE INDEX ux_kb_query_stat_query ON kb_query_stat (query_norm);
CREATE INDEX ix_kb_query_stat_occurrences ON kb_query_stat (occurrences);
