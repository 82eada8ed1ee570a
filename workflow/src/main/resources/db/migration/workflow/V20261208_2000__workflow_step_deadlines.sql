-- Deadlines on the steps that had none: each co-handler's contribution (协办), the dispatcher's review of a reply
-- (审核) and the follow-up with the citizen (回访). The process (ticketLifecycle) holds the timers; these columns
-- are what the ticket JSON, the queues and the figures read. *_warned_at / *_missed_at: when the 80 % warning and
-- the missed deadline were raised for the current deadline (reset when the step starts again).
ALTER TABLE workflow_ticket ADD COLUMN review_due_at DATETIME(3);
ALTER TABLE workflow_ticket ADD COLUMN review_warn_at DATETIME(3);
ALTER TABLE workflow_ticket ADD COLUMN review_warned_at DATETIME(3);
ALTER TABLE workflow_ticket ADD COLUMN review_missed_at DATETIME(3);
ALTER TABLE workflow_ticket ADD COLUMN follow_up_due_at DATETIME(3);
ALTER TABLE workflow_ticket ADD COLUMN follow_up_warn_at DATETIME(3);
ALTER TABLE workflow_ticket ADD COLUMN follow_up_warned_at DATETIME(3);
ALTER TABLE workflow_ticket ADD COLUMN follow_up_missed_at DATETIME(3);

ALTER TABLE workflow_ticket_co_handler ADD COLUMN due_at DATETIME(3);
ALTER TABLE workflow_ticket_co_handler ADD COLUMN warn_at DATETIME(3);
ALTER TABLE workflow_ticket_co_handler ADD COLUMN warned_at DATETIME(3);
ALTER TABLE workflow_ticket_co_handler ADD COLUMN missed_at DATETIME(3);
