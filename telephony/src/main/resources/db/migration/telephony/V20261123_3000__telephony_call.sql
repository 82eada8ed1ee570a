CREATE TABLE telephony_call (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id VARCHAR(64) NOT NULL,
    caller_number VARCHAR(32) NOT NULL,
    caller_name VARCHAR(128),
    queue_name VARCHAR(64),
    agent VARCHAR(64),
    agent_interface VARCHAR(128),
    entered_at DATETIME(3) NOT NULL,
    queued_at DATETIME(3),
    answered_at DATETIME(3),
    ended_at DATETIME(3),
    wait_seconds INT NOT NULL DEFAULT 0,
    talk_seconds INT NOT NULL DEFAULT 0,
    wrap_up_seconds INT NOT NULL DEFAULT 0,
    disposition VARCHAR(16),
    hangup_cause VARCHAR(64),
    recording_file VARCHAR(255),
    ivr_choice VARCHAR(16),
    abandon_position INT
);
CREATE UNIQUE INDEX ux_telephony_call_call_id ON telephony_call (call_id);
CREATE INDEX ix_telephony_call_entered ON telephony_call (entered_at);
CREATE INDEX ix_telephony_call_agent ON telephony_call (agent, entered_at);
CREATE INDEX ix_telephony_call_caller ON telephony_call (caller_number, entered_at);

CREATE TABLE telephony_call_ticket (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id VARCHAR(64) NOT NULL,
    ticket_no VARCHAR(32) NOT NULL,
    linked_at DATETIME(3) NOT NULL
);
CREATE UNIQUE INDEX ux_telephony_call_ticket ON telephony_call_ticket (call_id, ticket_no);

CREATE TABLE telephony_callback (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    caller_number VARCHAR(32) NOT NULL,
    call_id VARCHAR(64) NOT NULL,
    queue_name VARCHAR(64),
    abandons INT NOT NULL DEFAULT 1,
    status VARCHAR(16) NOT NULL,
    agent VARCHAR(64),
    created_at DATETIME(3) NOT NULL,
    updated_at DATETIME(3) NOT NULL
);
CREATE INDEX ix_telephony_callback_number ON telephony_callback (caller_number, status);
CREATE INDEX ix_telephony_callback_status ON telephony_callback (status, created_at);

CREATE TABLE telephony_transfer_audit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    target VARCHAR(64) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    ordered_at DATETIME(3) NOT NULL
);
CREATE INDEX ix_telephony_transfer_audit_call ON telephony_transfer_audit (call_id);
