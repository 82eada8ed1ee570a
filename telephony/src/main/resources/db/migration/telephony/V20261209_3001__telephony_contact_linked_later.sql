-- Intake stores a contact in one statement and answers at once; the citizen profile is linked a moment later, in
-- batches (ContactLinker). Until then citizen_id is NULL.
ALTER TABLE telephony_contact MODIFY citizen_id BIGINT NULL;
