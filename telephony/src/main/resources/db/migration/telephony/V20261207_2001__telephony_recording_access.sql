-- Every playback of a call recording: who, in which role, why (a department must give a reason).
CREATE TABLE telephony_recording_access (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    call_id VARCHAR(64) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    actor_role VARCHAR(32) NOT NULL,
    reason VARCHAR(500),
    accessed_at DATETIME(3) NOT NULL
);
CREATE INDEX ix_telephony_recording_access_call ON telephony_recording_access (call_id);
