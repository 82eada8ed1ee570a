CREATE TABLE console_user (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    department_code VARCHAR(32),
    display_name    VARCHAR(100),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(3)  NOT NULL
);

CREATE INDEX ix_console_user_department ON console_user (department_code);
