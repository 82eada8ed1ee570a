-- The response-clock sweep looks for open contacts that are due and not yet notified. Without breach_notified in
-- the index it read every contact ever notified on each sweep (58,000 rows a sweep after a day of messages).
CREATE INDEX ix_telephony_contact_breach ON telephony_contact (breach_notified, responded_at, response_due_at);
DROP INDEX ix_telephony_contact_due ON telephony_contact;
