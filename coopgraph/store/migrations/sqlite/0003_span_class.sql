-- Bounded candidate look-up for fusion: events are classed by how many days
-- they may cover (0: up to 31, a day or a month; 1: up to 400, a year; 2: wider),
-- so "events overlapping [lo, hi]" becomes a bounded range scan per class.
ALTER TABLE events ADD COLUMN span_class INTEGER NOT NULL DEFAULT 2;
UPDATE events SET span_class = CASE
    WHEN block_lo IS NULL THEN 2
    WHEN julianday(block_hi) - julianday(block_lo) <= 31 THEN 0
    WHEN julianday(block_hi) - julianday(block_lo) <= 400 THEN 1
    ELSE 2 END;
CREATE INDEX events_type_span ON events (type, span_class, block_lo);
