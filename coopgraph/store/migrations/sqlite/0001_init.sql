-- coopgraph store, version 1 (SQLite). Keep in step with postgres/0001_init.sql.
CREATE TABLE documents (
    n INTEGER PRIMARY KEY,                -- stable rowid for the full-text index
    doc_id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    doc_date TEXT,
    lang TEXT NOT NULL DEFAULT 'ko',
    text TEXT NOT NULL,
    n_events INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_url ON documents (url);

-- canonical entities and every name key they are known under
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    created_seq INTEGER NOT NULL
);
CREATE TABLE entity_aliases (
    key TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);
CREATE TABLE doc_entities (
    doc_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities (entity_id);

-- canonical (fused) events
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    date_text TEXT,
    block_lo TEXT,                        -- days the event may cover (dated) or its reports' window
    block_hi TEXT,
    location TEXT,
    location_key TEXT,
    location_country TEXT,
    countries TEXT NOT NULL DEFAULT '[]', -- JSON list
    cameo TEXT,
    plover TEXT,
    plover_mode TEXT,
    confidence REAL NOT NULL,
    status TEXT NOT NULL,
    best_doc TEXT NOT NULL,               -- the mention whose evidence represents the event
    best_idx INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    num_mentions INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    created_seq INTEGER NOT NULL
);
CREATE INDEX events_type_block ON events (type, block_lo, block_hi);
CREATE INDEX events_block ON events (block_lo, block_hi);
CREATE INDEX events_location ON events (location_key);
CREATE TABLE event_entities (
    event_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX event_entities_entity ON event_entities (entity_id, event_id);
CREATE TABLE event_countries (
    event_id TEXT NOT NULL,
    country TEXT NOT NULL,
    PRIMARY KEY (event_id, country)
);
CREATE INDEX event_countries_country ON event_countries (country, event_id);

-- one row per event of one document (a mention of a canonical event)
CREATE TABLE mentions (
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    date_text TEXT,
    location TEXT,
    location_country TEXT,
    countries TEXT NOT NULL DEFAULT '[]',
    figures TEXT NOT NULL DEFAULT '[]',
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    confidence REAL NOT NULL,
    status TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE TABLE participants (
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    entity_id TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx, pos)
);
CREATE INDEX participants_entity ON participants (entity_id);

CREATE TABLE errors (
    source TEXT NOT NULL,
    doc_key TEXT NOT NULL,                -- doc_id, or '' when the document never got one
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (source, doc_key)
);

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) VALUES ('seq', 0);
