-- Velocity counters become one row per key holding the attempts of its window (epoch milliseconds, 8 bytes each,
-- oldest first, at most the rule's maxAttempts + 1): a key's first attempt is one insert, and no attempt row is
-- written nor purged. The attempts counted until this deploy are not carried over: the velocity windows start
-- afresh once, as the issue allows a restart to forget them (at most a day's history).
DROP TABLE fds_attempt;
DELETE FROM fds_velocity_key;
ALTER TABLE fds_velocity_key
    ADD COLUMN attempts BLOB   NOT NULL,
    ADD COLUMN seq      BIGINT NOT NULL DEFAULT 1,
    ADD KEY ix_fds_velocity_key_last (last_at);   -- the hourly purge of keys idle for a day
