-- Near-duplicate look-up by MinHash signatures and LSH band keys (coopgraph/link/dedup.py):
-- documents keep their signature; doc_sketch now holds band keys, so the bottom-k
-- values of version 4 are dropped (stories already assigned stay as they are).
ALTER TABLE documents ADD COLUMN minhash TEXT;
DELETE FROM doc_sketch;
