-- Surges (issue 11): tickets registered per hour × category × district, counted in the registration's transaction
-- (category and district as registered), and each detected surge once (the unique key makes detection idempotent
-- across nodes) with the tickets of its hour.
CREATE TABLE workflow_analytics_hourly (
    category_code VARCHAR(32) NOT NULL,
    district_code VARCHAR(32) NOT NULL,
    hour_start    DATETIME    NOT NULL,
    tickets       INT         NOT NULL,
    PRIMARY KEY (category_code, district_code, hour_start)
);

CREATE TABLE workflow_analytics_surge (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_code VARCHAR(32) NOT NULL,
    district_code VARCHAR(32) NOT NULL,
    hour_start    DATETIME    NOT NULL,
    tickets       INT         NOT NULL,
    expected      DOUBLE      NOT NULL,
    detected_at   DATETIME(3) NOT NULL,
    CONSTRAINT uq_workflow_analytics_surge UNIQUE (category_code, district_code, hour_start)
);
CREATE INDEX ix_workflow_analytics_surge_hour ON workflow_analytics_surge (hour_start);

CREATE TABLE workflow_analytics_surge_ticket (
    surge_id  BIGINT      NOT NULL,
    ticket_no VARCHAR(16) NOT NULL,
    PRIMARY KEY (surge_id, ticket_no)
);

