CREATE TABLE workflow_calendar_day (
    cal_date DATE NOT NULL PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    day_name VARCHAR(50)
);
