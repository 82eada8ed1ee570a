-- SMS replies taken as the answer to a follow-up survey (instead of becoming contacts): one row per gateway message,
-- so a redelivered reply is recognised and a survey is answered once.
CREATE TABLE telephony_survey_reply (
    message_id VARCHAR(64) NOT NULL PRIMARY KEY,
    phone VARCHAR(32) NOT NULL,
    ticket_no VARCHAR(32) NOT NULL,
    score INT NOT NULL,
    received_at DATETIME(3) NOT NULL
);
CREATE INDEX ix_telephony_survey_reply_ticket ON telephony_survey_reply (ticket_no);
CREATE INDEX ix_telephony_notice_survey ON telephony_notice (recipient, kind, sent_at);
