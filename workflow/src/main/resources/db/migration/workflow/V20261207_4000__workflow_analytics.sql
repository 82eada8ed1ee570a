-- Ticket figures (issue 11). One fact row per ticket: its dimensions and 0/1 flags, as the current definitions
-- compute them from the ticket; the daily rollup is the sum of the facts per dimension value and day, spread over
-- a few slots so that concurrent ticket commands rarely wait for the same row. Both are kept by every ticket command
-- in its own transaction and can be rebuilt from the tickets (TicketAnalytics.rebuild).
CREATE TABLE workflow_analytics_fact (
    ticket_no VARCHAR(16) NOT NULL PRIMARY KEY,
    registered_at DATETIME(3) NOT NULL,
    reg_day DATE NOT NULL,
    slot INT NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    category_code VARCHAR(32) NOT NULL,
    category_group VARCHAR(32) NOT NULL,
    district_code VARCHAR(32) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    agent VARCHAR(64) NOT NULL,
    citizen_phone VARCHAR(20),
    address_key VARCHAR(200),
    registered INT NOT NULL,
    direct_answered INT NOT NULL,
    dispatched INT NOT NULL,
    signed_on_time INT NOT NULL,
    returned INT NOT NULL,
    extended INT NOT NULL,
    escalated INT NOT NULL,
    replied INT NOT NULL,
    closed INT NOT NULL,
    closed_on_time INT NOT NULL,
    followed_up INT NOT NULL,
    satisfied INT NOT NULL,
    resolved INT NOT NULL,
    reopened INT NOT NULL,
    merged INT NOT NULL,
    first_contact INT NOT NULL,
    repeat_request INT NOT NULL
);

CREATE INDEX ix_workflow_analytics_fact_phone ON workflow_analytics_fact (citizen_phone, registered_at);
CREATE INDEX ix_workflow_analytics_fact_address ON workflow_analytics_fact (address_key, registered_at);
CREATE INDEX ix_workflow_analytics_fact_registered ON workflow_analytics_fact (registered_at);

CREATE TABLE workflow_analytics_daily (
    dimension VARCHAR(16) NOT NULL,
    reg_day DATE NOT NULL,
    dim_key VARCHAR(80) NOT NULL,
    slot INT NOT NULL,
    registered INT NOT NULL,
    direct_answered INT NOT NULL,
    dispatched INT NOT NULL,
    signed_on_time INT NOT NULL,
    returned INT NOT NULL,
    extended INT NOT NULL,
    escalated INT NOT NULL,
    replied INT NOT NULL,
    closed INT NOT NULL,
    closed_on_time INT NOT NULL,
    followed_up INT NOT NULL,
    satisfied INT NOT NULL,
    resolved INT NOT NULL,
    reopened INT NOT NULL,
    merged INT NOT NULL,
    first_contact INT NOT NULL,
    repeat_request INT NOT NULL,
    PRIMARY KEY (dimension, reg_day, dim_key, slot)
);

-- Every follow-up's outcome, the citizen's "resolved" answer included (the ticket row keeps only the last score).
CREATE TABLE workflow_analytics_follow_up (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_no VARCHAR(16) NOT NULL,
    followed_up_at DATETIME(3) NOT NULL,
    satisfaction INT NOT NULL,
    resolved BOOLEAN NOT NULL,
    via VARCHAR(16) NOT NULL,
    reopened BOOLEAN NOT NULL
);

CREATE INDEX ix_workflow_analytics_follow_up_ticket ON workflow_analytics_follow_up (ticket_no, id);

-- The definition version the rollups were built with; a different version in the code rebuilds them at start.
CREATE TABLE workflow_analytics_state (
    name VARCHAR(32) NOT NULL PRIMARY KEY,
    definition_version INT NOT NULL,
    rebuilt_at DATETIME(3) NOT NULL,
    tickets BIGINT NOT NULL
);

-- "Overdue now" is read live from the open tickets past their deadline: these keep that an index range.
CREATE INDEX ix_workflow_ticket_sign_due ON workflow_ticket (status, sign_due_at);
CREATE INDEX ix_workflow_ticket_handle_due ON workflow_ticket (status, handle_due_at);
-- The rebuild reads the tickets in registration order (repeat requests are found against the earlier ones).
CREATE INDEX ix_workflow_ticket_registered ON workflow_ticket (registered_at, ticket_no);
