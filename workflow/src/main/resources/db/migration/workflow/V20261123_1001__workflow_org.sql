CREATE TABLE workflow_district (
    code VARCHAR(32) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    parent_code VARCHAR(32),
    district_level VARCHAR(16) NOT NULL
);

CREATE TABLE workflow_department (
    code VARCHAR(32) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    parent_code VARCHAR(32),
    district_code VARCHAR(32) NOT NULL,
    hotline_window BOOLEAN NOT NULL
);

CREATE TABLE workflow_category (
    code VARCHAR(32) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    parent_code VARCHAR(32),
    default_department_code VARCHAR(32),
    handling_days INT NOT NULL,
    description VARCHAR(500)
);
