-- Hot terms at a million tickets: summing every term of a year (12 months × tens of thousands of terms) is too slow
-- for a page, so the hot terms are chosen among each day's or month's most frequent ones ((day|month, tickets)
-- read backwards), and only those candidates are summed over both periods ((term, day|month, tickets) ranges,
-- read from the index alone).
CREATE INDEX ix_kb_term_day_rank ON kb_term_day (stat_day, tickets);
CREATE INDEX ix_kb_term_day_term ON kb_term_day (term, stat_day, tickets);
CREATE INDEX ix_kb_term_month_rank ON kb_term_month (stat_month, tickets);
CREATE INDEX ix_kb_term_month_term ON kb_term_month (term, stat_month, tickets);
