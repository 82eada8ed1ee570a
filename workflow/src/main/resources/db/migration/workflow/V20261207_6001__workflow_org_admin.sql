-- Catalogue administration: entries are retired (hidden from pickers, still resolvable), never deleted; every
-- change is audited.
ALTER TABLE workflow_department ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE workflow_category ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE workflow_district ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE workflow_org_audit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(3)  NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    action     VARCHAR(16)  NOT NULL,
    old_value  VARCHAR(200),
    new_value  VARCHAR(200)
);
CREATE INDEX ix_workflow_org_audit_code ON workflow_org_audit (kind, code);
