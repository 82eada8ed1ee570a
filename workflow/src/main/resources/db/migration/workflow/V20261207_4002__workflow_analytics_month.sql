-- Month rows beside the day rows (issue 11): a year's figures sum 12 rows per group instead of 365. The daily
-- rollup's dimension column names the grain (DEPARTMENT: day rows, DEPARTMENT_M: month rows of that first day).
-- Filled by the rebuild that the new definition version triggers at start.
ALTER TABLE workflow_analytics_fact ADD COLUMN reg_month DATE;
