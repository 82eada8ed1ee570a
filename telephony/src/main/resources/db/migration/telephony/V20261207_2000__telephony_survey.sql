-- Post-call IVR survey scores, kept with the call and the agent who took it (satisfaction per agent), whatever the
-- status of the call's tickets; a ticket's follow-up takes the score when the ticket reaches that step.
CREATE TABLE telephony_survey (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id VARCHAR(64) NOT NULL,
    agent VARCHAR(64),
    score INT NOT NULL,
    surveyed_at DATETIME(3) NOT NULL
);
CREATE UNIQUE INDEX ux_telephony_survey_call ON telephony_survey (call_id);
CREATE INDEX ix_telephony_survey_at ON telephony_survey (surveyed_at, agent);
