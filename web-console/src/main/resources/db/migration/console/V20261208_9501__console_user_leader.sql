-- A department user may be the department's leader (承办单位领导): 督办 levels addressed to department-leader
-- reach these accounts personally.
ALTER TABLE console_user ADD COLUMN department_leader BOOLEAN NOT NULL DEFAULT FALSE;
