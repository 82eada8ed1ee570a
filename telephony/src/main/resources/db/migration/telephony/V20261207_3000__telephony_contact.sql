CREATE TABLE telephony_citizen (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(50),
    created_at DATETIME(3) NOT NULL
);

CREATE TABLE telephony_citizen_identity (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    citizen_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    identity_value VARCHAR(254) NOT NULL,
    linked_by VARCHAR(64) NOT NULL,
    linked_at DATETIME(3) NOT NULL
);
CREATE UNIQUE INDEX ux_telephony_citizen_identity ON telephony_citizen_identity (kind, identity_value);
CREATE INDEX ix_telephony_citizen_identity_citizen ON telephony_citizen_identity (citizen_id);

-- Every link of an address to a profile: automatic ones (linked_by = 'system') and agents' links by hand.
CREATE TABLE telephony_citizen_link_audit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    citizen_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    identity_value VARCHAR(254) NOT NULL,
    from_citizen_id BIGINT,
    actor VARCHAR(64) NOT NULL,
    linked_at DATETIME(3) NOT NULL
);
CREATE INDEX ix_telephony_citizen_link_audit ON telephony_citizen_link_audit (citizen_id, linked_at);

CREATE TABLE telephony_contact (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel VARCHAR(16) NOT NULL,
    external_id VARCHAR(128),
    citizen_id BIGINT NOT NULL,
    identity_kind VARCHAR(16) NOT NULL,
    identity_value VARCHAR(254) NOT NULL,
    citizen_name VARCHAR(50),
    content_text TEXT NOT NULL,
    attachments_json TEXT,
    latitude DOUBLE,
    longitude DOUBLE,
    location_label VARCHAR(200),
    category_hint VARCHAR(64),
    district_hint VARCHAR(64),
    address VARCHAR(200),
    received_at DATETIME(3) NOT NULL,
    status VARCHAR(24) NOT NULL,
    urgent BOOLEAN NOT NULL,
    claimed_by VARCHAR(64),
    claimed_at DATETIME(3),
    answer TEXT,
    responded_at DATETIME(3),
    ticket_no VARCHAR(32),
    response_due_at DATETIME(3) NOT NULL,
    breach_notified BOOLEAN NOT NULL DEFAULT FALSE
);
-- A redelivered message (same channel, same message id) is recognised by this index, also under concurrency.
CREATE UNIQUE INDEX ux_telephony_contact_external ON telephony_contact (channel, external_id);
CREATE INDEX ix_telephony_contact_queue ON telephony_contact (status, urgent, received_at);
CREATE INDEX ix_telephony_contact_citizen ON telephony_contact (citizen_id, received_at);
CREATE INDEX ix_telephony_contact_ticket ON telephony_contact (ticket_no);
CREATE INDEX ix_telephony_contact_received ON telephony_contact (received_at);
CREATE INDEX ix_telephony_contact_due ON telephony_contact (responded_at, response_due_at);
