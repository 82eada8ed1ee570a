-- Department transfers are audited step by step (ORDERED, then COMPLETED, FAILED or CANCELLED for attended ones).
ALTER TABLE telephony_transfer_audit ADD COLUMN outcome VARCHAR(16);
