-- Hot topics (issue 11): the content terms of the tickets' masked text copies, counted as each copy arrives so that
-- a period's terms are a sum of rows, never a scan of the tickets. A ticket counts once per term (its first
-- TicketTerms.MAX_TERMS_PER_TICKET terms by frequency); day rows beside month rows, so a year sums 12 rows per term.
CREATE TABLE kb_term_day (
    day     DATE        NOT NULL,
    term    VARCHAR(32) NOT NULL,
    tickets INT         NOT NULL,
    PRIMARY KEY (day, term)
);

CREATE TABLE kb_term_month (
    month   DATE        NOT NULL,
    term    VARCHAR(32) NOT NULL,
    tickets INT         NOT NULL,
    PRIMARY KEY (month, term)
);

-- Which tickets carry a term on a day: the drill-down is a range of this key; it also makes counting idempotent
-- (a ticket's term is counted only when its row is new).
CREATE TABLE kb_term_ticket (
    term      VARCHAR(32) NOT NULL,
    day       DATE        NOT NULL,
    ticket_no VARCHAR(40) NOT NULL,
    PRIMARY KEY (term, day, ticket_no)
);
