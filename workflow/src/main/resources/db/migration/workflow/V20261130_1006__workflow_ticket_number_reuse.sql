-- Ticket numbers are taken outside the registering transaction (see TicketNumbers). A registration that does not
-- commit gives its number back to the day's free list; later registrations take freed numbers first.
CREATE TABLE workflow_ticket_number_free (
    seq_date DATE NOT NULL,
    seq_value INT NOT NULL,
    freed_at DATETIME(3) NOT NULL,
    PRIMARY KEY (seq_date, seq_value)
);

-- Numbers of a finished day that were never issued: freed and not taken again before midnight, or lost with a
-- node that stopped between taking a number and committing. Written once per day by the reconciliation.
CREATE TABLE workflow_ticket_number_void (
    seq_date DATE NOT NULL,
    seq_value INT NOT NULL,
    reason VARCHAR(16) NOT NULL,
    recorded_at DATETIME(3) NOT NULL,
    PRIMARY KEY (seq_date, seq_value)
);

ALTER TABLE workflow_ticket_sequence ADD COLUMN reconciled_at DATETIME(3);
