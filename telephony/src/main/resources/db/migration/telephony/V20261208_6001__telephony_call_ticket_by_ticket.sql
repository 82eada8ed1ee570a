-- The ticket page lists the calls of one ticket.
CREATE INDEX ix_telephony_call_ticket_ticket ON telephony_call_ticket (ticket_no);
