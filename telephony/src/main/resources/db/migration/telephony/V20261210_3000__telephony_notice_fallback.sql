-- The phone a notice to an online address (WeChat, e-mail) falls back to by SMS when that channel cannot carry it.
ALTER TABLE telephony_notice ADD COLUMN fallback_phone VARCHAR(32);
