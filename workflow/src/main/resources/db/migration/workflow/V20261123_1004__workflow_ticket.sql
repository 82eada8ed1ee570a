CREATE TABLE workflow_ticket_sequence (
    seq_date DATE NOT NULL PRIMARY KEY,
    last_value INT NOT NULL
);

CREATE TABLE workflow_ticket (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_no VARCHAR(16) NOT NULL,
    status VARCHAR(24) NOT NULL,
    closure VARCHAR(24),
    channel VARCHAR(16) NOT NULL,
    ticket_type VARCHAR(16) NOT NULL,
    category_code VARCHAR(32) NOT NULL,
    district_code VARCHAR(32),
    address VARCHAR(200),
    urgency VARCHAR(16) NOT NULL,
    citizen_phone VARCHAR(20),
    citizen_name VARCHAR(50),
    content TEXT NOT NULL,
    confidential BOOLEAN NOT NULL,
    call_id VARCHAR(64),
    department_code VARCHAR(32),
    supervising_department_code VARCHAR(32),
    registered_by VARCHAR(64) NOT NULL,
    registered_at DATETIME(3) NOT NULL,
    sign_started_at DATETIME(3),
    sign_due_at DATETIME(3),
    sign_warn_at DATETIME(3),
    rule_sign_minutes INT,
    handle_started_at DATETIME(3),
    handle_due_at DATETIME(3),
    handle_warn_at DATETIME(3),
    rule_handle_days INT,
    signed_at DATETIME(3),
    replied_at DATETIME(3),
    closed_at DATETIME(3),
    paused_at DATETIME(3),
    warned BOOLEAN NOT NULL,
    escalated BOOLEAN NOT NULL,
    escalation_count INT NOT NULL,
    reopen_count INT NOT NULL,
    satisfaction INT,
    main_ticket_no VARCHAR(16),
    routing_decision_version INT,
    kb_entry_id VARCHAR(64),
    process_instance_id VARCHAR(64)
);

CREATE UNIQUE INDEX ux_workflow_ticket_no ON workflow_ticket (ticket_no);
CREATE INDEX ix_workflow_ticket_status ON workflow_ticket (status, registered_at);
CREATE INDEX ix_workflow_ticket_department ON workflow_ticket (department_code, status);
CREATE INDEX ix_workflow_ticket_supervising ON workflow_ticket (supervising_department_code);
CREATE INDEX ix_workflow_ticket_main ON workflow_ticket (main_ticket_no);
CREATE INDEX ix_workflow_ticket_phone ON workflow_ticket (citizen_phone);

CREATE TABLE workflow_ticket_audit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_no VARCHAR(16) NOT NULL,
    occurred_at DATETIME(3) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    actor_role VARCHAR(16) NOT NULL,
    action VARCHAR(32) NOT NULL,
    from_status VARCHAR(24),
    to_status VARCHAR(24) NOT NULL,
    note TEXT
);

CREATE INDEX ix_workflow_ticket_audit_ticket ON workflow_ticket_audit (ticket_no, id);
