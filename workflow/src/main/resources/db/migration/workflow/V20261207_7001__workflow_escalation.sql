-- 督办 chains: one row per chain, one row per level issued. The Camunda process ticketEscalation holds the
-- feedback windows' timers; these rows are what the ticket page, the lists and the figures read.
CREATE TABLE workflow_escalation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_no VARCHAR(16) NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    reason VARCHAR(16) NOT NULL,
    deadline_kind VARCHAR(16),
    started_by VARCHAR(64) NOT NULL,
    started_at DATETIME(3) NOT NULL,
    status VARCHAR(16) NOT NULL,
    current_level INT NOT NULL,
    feedback_due_at DATETIME(3) NOT NULL,
    ended_at DATETIME(3),
    process_instance_id VARCHAR(64)
);

CREATE INDEX ix_workflow_escalation_ticket ON workflow_escalation (ticket_no, id);
CREATE INDEX ix_workflow_escalation_status ON workflow_escalation (status, feedback_due_at);
CREATE INDEX ix_workflow_escalation_department ON workflow_escalation (department_code, status);

CREATE TABLE workflow_escalation_level (
    escalation_id BIGINT NOT NULL,
    level_no INT NOT NULL,
    ticket_no VARCHAR(16) NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    name VARCHAR(50) NOT NULL,
    notify VARCHAR(100) NOT NULL,
    card VARCHAR(8) NOT NULL,
    level_trigger VARCHAR(16) NOT NULL,
    raised_by VARCHAR(64) NOT NULL,
    issued_at DATETIME(3) NOT NULL,
    feedback_due_at DATETIME(3) NOT NULL,
    missed_at DATETIME(3),
    answered_at DATETIME(3),
    answered_by VARCHAR(64),
    feedback TEXT,
    PRIMARY KEY (escalation_id, level_no),
    CONSTRAINT fk_workflow_escalation_level FOREIGN KEY (escalation_id) REFERENCES workflow_escalation (id)
);

CREATE INDEX ix_workflow_escalation_level_issued ON workflow_escalation_level (issued_at, department_code);
