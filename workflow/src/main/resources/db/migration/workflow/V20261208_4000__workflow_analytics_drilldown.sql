-- Drill-down from a figure (and a hot topic's category) to its tickets (issue 11): the facts of one group over a period, newest first, are an
-- index range per grouping column; the whole center's use ix_workflow_analytics_fact_registered.
CREATE INDEX ix_workflow_analytics_fact_department ON workflow_analytics_fact (department_code, registered_at);
CREATE INDEX ix_workflow_analytics_fact_category ON workflow_analytics_fact (category_code, registered_at);
CREATE INDEX ix_workflow_analytics_fact_group ON workflow_analytics_fact (category_group, registered_at);
CREATE INDEX ix_workflow_analytics_fact_district ON workflow_analytics_fact (district_code, registered_at);
CREATE INDEX ix_workflow_analytics_fact_channel ON workflow_analytics_fact (channel, registered_at);
CREATE INDEX ix_workflow_analytics_fact_agent ON workflow_analytics_fact (agent, registered_at);
