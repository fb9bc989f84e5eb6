-- Full-text search over documents: pg_trgm GIN indexes serve ILIKE '%…%'
-- for 3+ character queries (Korean with particles attached); shorter queries
-- are still answered correctly by ILIKE, just without the index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX documents_text_trgm ON documents USING gin (text gin_trgm_ops);
CREATE INDEX documents_title_trgm ON documents USING gin (title gin_trgm_ops);
CREATE INDEX mentions_evidence_trgm ON mentions USING gin (evidence gin_trgm_ops);
