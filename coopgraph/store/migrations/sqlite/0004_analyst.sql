-- The analyst workflow (issue 14): honest source counts, roles, raw documents
-- for reprocessing, and user curations. Keep in step with the other dialect.

-- near-duplicate documents (syndicated or re-published copies) share a story;
-- outlet = the domain of the url (NULL when unknown)
ALTER TABLE documents ADD COLUMN story_id TEXT;
ALTER TABLE documents ADD COLUMN outlet TEXT;
ALTER TABLE documents ADD COLUMN processed_by TEXT;
UPDATE documents SET story_id = doc_id;
CREATE INDEX documents_story ON documents (story_id);
-- bottom-k MinHash sketch of each document's character shingles (coopgraph/link/dedup.py)
CREATE TABLE doc_sketch (
    h INTEGER NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (h, doc_id)
);
CREATE INDEX doc_sketch_doc ON doc_sketch (doc_id);

-- num_sources now counts distinct stories; these count outlets and documents
ALTER TABLE events ADD COLUMN num_outlets INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN num_documents INTEGER NOT NULL DEFAULT 1;
UPDATE events SET num_outlets = num_sources, num_documents = num_sources;

-- what a participant did, where the text says it (signer, host, visitor, ...)
ALTER TABLE participants ADD COLUMN role TEXT;

-- the bytes as they arrived, so that reprocess can rerun the whole pipeline
CREATE TABLE raw_documents (
    doc_id TEXT PRIMARY KEY,
    kind TEXT,
    url TEXT,
    fetched_at TEXT,
    data BLOB NOT NULL
);

-- user curations (YAML files) and what they fixed
ALTER TABLE entities ADD COLUMN country_fixed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE entity_apart (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE TABLE curations (
    n INTEGER PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    added_at TEXT NOT NULL
);
