-- The console's payment timeline reads a payment's events by its key (the ordering key of payment events).
CREATE INDEX ix_evt_event_ordering ON evt_event (ordering_key, seq);
