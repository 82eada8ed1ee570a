CREATE TABLE workflow_ticket_note (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_no VARCHAR(16) NOT NULL,
    kind VARCHAR(24) NOT NULL,
    department_code VARCHAR(32),
    author VARCHAR(64) NOT NULL,
    body TEXT NOT NULL,
    created_at DATETIME(3) NOT NULL
);

CREATE INDEX ix_workflow_ticket_note_ticket ON workflow_ticket_note (ticket_no, id);

CREATE TABLE workflow_ticket_extension (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_no VARCHAR(16) NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    requested_by VARCHAR(64) NOT NULL,
    requested_at DATETIME(3) NOT NULL,
    working_days INT NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    decision VARCHAR(16) NOT NULL,
    decided_by VARCHAR(64),
    decided_at DATETIME(3),
    decision_note VARCHAR(1000),
    previous_due_at DATETIME(3),
    new_due_at DATETIME(3)
);

CREATE INDEX ix_workflow_ticket_extension_ticket ON workflow_ticket_extension (ticket_no, id);

CREATE TABLE workflow_ticket_co_handler (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_no VARCHAR(16) NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    signed_at DATETIME(3),
    contributed_at DATETIME(3)
);

CREATE UNIQUE INDEX ux_workflow_ticket_co_handler ON workflow_ticket_co_handler (ticket_no, department_code);
CREATE INDEX ix_workflow_ticket_co_handler_dept ON workflow_ticket_co_handler (department_code);

CREATE TABLE workflow_ticket_merge (
    duplicate_no VARCHAR(16) NOT NULL PRIMARY KEY,
    main_no VARCHAR(16) NOT NULL,
    merged_by VARCHAR(64) NOT NULL,
    merged_at DATETIME(3) NOT NULL,
    closed_at DATETIME(3)
);

CREATE INDEX ix_workflow_ticket_merge_main ON workflow_ticket_merge (main_no);

CREATE TABLE workflow_ticket_pause (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_no VARCHAR(16) NOT NULL,
    paused_by VARCHAR(64) NOT NULL,
    paused_at DATETIME(3) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    resumed_by VARCHAR(64),
    resumed_at DATETIME(3),
    resume_note VARCHAR(1000)
);

CREATE INDEX ix_workflow_ticket_pause_ticket ON workflow_ticket_pause (ticket_no, id);
