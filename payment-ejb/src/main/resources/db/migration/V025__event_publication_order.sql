-- GET /v1/events?after= pages in the order events became visible, not in insert order (issue 16). seq is given at
-- INSERT; an event whose transaction commits after a later-numbered one would fall behind a consumer's cursor and
-- be missed. published_seq is given after commit, under one counter row's lock, to committed events only: an
-- event that committed late is numbered after everything a consumer has already seen.
ALTER TABLE evt_event
    ADD COLUMN IF NOT EXISTS published_seq BIGINT NULL,
    ADD UNIQUE KEY IF NOT EXISTS ux_evt_event_published (published_seq),
    ADD KEY IF NOT EXISTS ix_evt_event_unpublished (merchant_id, mode, published_seq, seq);

CREATE TABLE IF NOT EXISTS evt_publication (
    id       TINYINT NOT NULL PRIMARY KEY,
    last_seq BIGINT  NOT NULL
) ENGINE = InnoDB;

-- what exists is published in its insert order, as consumers have been reading it
UPDATE evt_event SET published_seq = seq WHERE published_seq IS NULL;
INSERT IGNORE INTO evt_publication (id, last_seq) SELECT 1, COALESCE(MAX(seq), 0) FROM evt_event;
