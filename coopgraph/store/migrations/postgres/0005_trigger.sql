-- Where each event mention's trigger word stands (surface and offsets into its
-- document's text), so that `coopgraph show` and `coopgraph doc` can highlight it.
ALTER TABLE mentions ADD COLUMN trigger TEXT;
ALTER TABLE mentions ADD COLUMN trigger_start INTEGER;
ALTER TABLE mentions ADD COLUMN trigger_end INTEGER;
