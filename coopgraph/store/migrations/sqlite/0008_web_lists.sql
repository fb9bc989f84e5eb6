-- Event lists newest first ((date_start IS NULL), date_start DESC, date_end DESC, id) read an index, as
-- migration 7 does for the oldest-first order.
CREATE INDEX events_order_desc ON events ((date_start IS NULL), date_start DESC, date_end DESC, id);
CREATE INDEX events_type_order_desc ON events (type, (date_start IS NULL), date_start DESC, date_end DESC, id);
-- Evidence sentences in a trigram index (FTS5; Korean substrings with particles attached): the text filter
-- of event lists reads it instead of scanning every mention with LIKE. Contentless (the text stays in
-- mentions); the row of mention (doc_id, idx) is documents.n * 1048576 + idx, stable because documents.n
-- is the document's INTEGER PRIMARY KEY and documents are never deleted before their mentions.
CREATE VIRTUAL TABLE mentions_fts USING fts5(evidence, content='', tokenize='trigram');
INSERT INTO mentions_fts (rowid, evidence)
    SELECT d.n * 1048576 + m.idx, m.evidence FROM mentions m JOIN documents d ON d.doc_id = m.doc_id;
CREATE TRIGGER mentions_fts_ai AFTER INSERT ON mentions BEGIN
    INSERT INTO mentions_fts (rowid, evidence)
        SELECT d.n * 1048576 + new.idx, new.evidence FROM documents d WHERE d.doc_id = new.doc_id;
END;
CREATE TRIGGER mentions_fts_ad AFTER DELETE ON mentions BEGIN
    INSERT INTO mentions_fts (mentions_fts, rowid, evidence)
        SELECT 'delete', d.n * 1048576 + old.idx, old.evidence FROM documents d WHERE d.doc_id = old.doc_id;
END;
CREATE TRIGGER mentions_fts_au AFTER UPDATE OF doc_id, idx, evidence ON mentions BEGIN
    INSERT INTO mentions_fts (mentions_fts, rowid, evidence)
        SELECT 'delete', d.n * 1048576 + old.idx, old.evidence FROM documents d WHERE d.doc_id = old.doc_id;
    INSERT INTO mentions_fts (rowid, evidence)
        SELECT d.n * 1048576 + new.idx, new.evidence FROM documents d WHERE d.doc_id = new.doc_id;
END;
