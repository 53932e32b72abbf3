-- Block lists for fraud detection (issue 17): card fingerprints (never numbers), BINs, customer e-mails and IP
-- addresses that risk staff block with a reason and an optional expiry. A removal is recorded on the entry, never a
-- delete, so past decisions stay explainable.
CREATE TABLE fds_list_entry (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_kind  VARCHAR(8)   NOT NULL,
    list_value VARCHAR(100) NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    expires_at DATETIME(6)  NULL,
    added_by   VARCHAR(100) NOT NULL,
    added_at   DATETIME(6)  NOT NULL,
    removed_by VARCHAR(100) NULL,
    removed_at DATETIME(6)  NULL,
    KEY ix_fds_list_entry_value (list_kind, list_value, removed_at),
    CONSTRAINT ck_fds_list_entry_kind CHECK (list_kind IN ('CARD', 'BIN', 'EMAIL', 'IP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One rule per list, enforced for every merchant: a listed value blocks the charge.
INSERT INTO fds_rule (rule_id, kind, enabled, mode, params, version, updated_by, updated_at) VALUES
    ('BLOCKED_CARD', 'LIST', TRUE, 'ENFORCE', '{"list":"CARD","decision":"BLOCK"}', 1, 'migration', UTC_TIMESTAMP(6)),
    ('BLOCKED_BIN', 'LIST', TRUE, 'ENFORCE', '{"list":"BIN","decision":"BLOCK"}', 1, 'migration', UTC_TIMESTAMP(6)),
    ('BLOCKED_EMAIL', 'LIST', TRUE, 'ENFORCE', '{"list":"EMAIL","decision":"BLOCK"}', 1, 'migration', UTC_TIMESTAMP(6)),
    ('BLOCKED_IP', 'LIST', TRUE, 'ENFORCE', '{"list":"IP","decision":"BLOCK"}', 1, 'migration', UTC_TIMESTAMP(6));

-- The preview of a rule change replays the last day's screenings of every merchant, in time order.
CREATE INDEX ix_fds_screening_time ON fds_screening (screened_at);

-- Card testing (a leaked key trying many cards with small amounts): more than 20 payments of at most 1,000 won
-- at one merchant and mode within 10 minutes are blocked. A merchant that sells such small items gets its own version.
INSERT INTO fds_rule (rule_id, kind, enabled, mode, params, version, updated_by, updated_at) VALUES
    ('CARD_TESTING', 'VELOCITY', TRUE, 'ENFORCE',
     '{"key":"MERCHANT","windowMinutes":10,"maxAttempts":20,"maxAmount":1000,"decision":"BLOCK"}', 1, 'migration',
     UTC_TIMESTAMP(6));
