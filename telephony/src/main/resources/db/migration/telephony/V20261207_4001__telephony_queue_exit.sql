-- Why an unanswered caller left the queue (issue 11): ABANDONED, TIMEOUT, FULL or LEFT_EMPTY; null otherwise.
ALTER TABLE telephony_call ADD COLUMN queue_exit VARCHAR(16);
