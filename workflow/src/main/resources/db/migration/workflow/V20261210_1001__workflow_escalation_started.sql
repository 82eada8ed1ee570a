-- The reports' 督办 sheet (issue 11): the chains started in the report's period are one range of this index.
CREATE INDEX ix_workflow_escalation_started ON workflow_escalation (started_at, id);
