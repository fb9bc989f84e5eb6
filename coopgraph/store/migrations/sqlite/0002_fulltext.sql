-- Full-text search over documents: FTS5 with the trigram tokenizer matches
-- Korean substrings with particles attached ("국립과학아카데미" finds
-- "국립과학아카데미는"); queries under 3 characters use LIKE on documents.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='n', tokenize='trigram'
);
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.n, new.title, new.text);
END;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
END;
CREATE TRIGGER documents_fts_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.n, new.title, new.text);
END;
