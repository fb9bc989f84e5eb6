-- Event lists in the store's order ((date_start IS NULL), date_start, date_end, id) read an index
-- instead of sorting every matching event before their LIMIT: all events, and one type's events.
CREATE INDEX events_order ON events ((date_start IS NULL), date_start, date_end, id);
CREATE INDEX events_type_order ON events (type, (date_start IS NULL), date_start, date_end, id);
