-- Idempotency keys per caller scope (merchant and mode, or staff); the first response is kept for replay.
CREATE TABLE idm_idempotency_key (
    scope           VARCHAR(80)  NOT NULL,
    idem_key        VARCHAR(300) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    state           VARCHAR(10)  NOT NULL,
    response_status INT,
    response_type   VARCHAR(100),
    response_body   MEDIUMBLOB,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (scope, idem_key),
    KEY ix_idm_idempotency_key_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
