-- Hot topics (issue 11): the content terms of the tickets' masked text copies, counted as each copy arrives so that
-- a period's terms are a sum of rows, never a scan of the tickets. A ticket counts once per term (its first
-- TicketTerms.MAX_TERMS_PER_TICKET terms by frequency); day rows beside month rows, so a year sums 12 rows per term.
-- Columns stat_day/stat_month: DAY and MONTH are reserved words in H2 (the embedded default).
CREATE TABLE kb_term_day (
    stat_day DATE        NOT NULL,
    term     VARCHAR(32) NOT NULL,
    tickets  INT         NOT NULL,
    PRIMARY KEY (stat_day, term)
);

CREATE TABLE kb_term_month (
    stat_month DATE        NOT NULL,
    term       VARCHAR(32) NOT NULL,
    tickets    INT         NOT NULL,
    PRIMARY KEY (stat_month, term)
);

-- Which tickets carry a term on a day: the drill-down is a range of this key; it also makes counting idempotent
-- (a ticket's term is counted only when its row is new).
CREATE TABLE kb_term_ticket (
    term      VARCHAR(32) NOT NULL,
    stat_day  DATE        NOT NULL,
    ticket_no VARCHAR(40) NOT NULL,
    PRIMARY KEY (term, stat_day, ticket_no)
);
