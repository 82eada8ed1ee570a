CREATE TABLE workflow_routing_rule (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_code VARCHAR(32) NOT NULL,
    district_code VARCHAR(32) NOT NULL,
    urgency_scope VARCHAR(16) NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    priority INT NOT NULL,
    sign_deadline_minutes INT,
    handle_days INT,
    updated_at DATETIME(3) NOT NULL
);

CREATE UNIQUE INDEX ux_workflow_routing_rule_key ON workflow_routing_rule (category_code, district_code, urgency_scope);
