-- Codes are up to 32 characters (workflow Code.MAX_LENGTH, the width of every workflow *_code column); the
-- knowledge module's copies of them were 16 wide, so a long category or district code failed there.
-- One column per statement: H2 (the embedded default, MySQL mode) takes a single MODIFY per ALTER TABLE.
ALTER TABLE kb_entry MODIFY category_code VARCHAR(32) NOT NULL;
ALTER TABLE kb_entry MODIFY department_code VARCHAR(32);
ALTER TABLE kb_entry_version MODIFY category_code VARCHAR(32) NOT NULL;
ALTER TABLE kb_entry_version MODIFY department_code VARCHAR(32);
ALTER TABLE kb_policy MODIFY category_code VARCHAR(32);
ALTER TABLE kb_entry_usage MODIFY category_code VARCHAR(32) NOT NULL;
ALTER TABLE kb_usage_event MODIFY category_code VARCHAR(32) NOT NULL;
ALTER TABLE kb_learned_example MODIFY category_code VARCHAR(32) NOT NULL;
ALTER TABLE kb_ticket_snapshot MODIFY district_code VARCHAR(32);
ALTER TABLE kb_ticket_snapshot MODIFY category_code VARCHAR(32);
