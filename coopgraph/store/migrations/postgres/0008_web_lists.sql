-- Event lists newest first ((date_start IS NULL), date_start DESC, date_end DESC, id) read an index, as
-- migration 7 does for the oldest-first order. (The evidence text filter already has its pg_trgm index,
-- mentions_evidence_trgm, from migration 2.)
CREATE INDEX events_order_desc ON events ((date_start IS NULL), date_start DESC, date_end DESC, id);
CREATE INDEX events_type_order_desc ON events (type, (date_start IS NULL), date_start DESC, date_end DESC, id);
