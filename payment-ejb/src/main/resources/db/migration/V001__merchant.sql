-- Merchants and their API keys (contract sections 1 and 9).
CREATE TABLE mer_merchant (
    id              VARCHAR(32)  NOT NULL PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    business_number CHAR(10)     NOT NULL,
    representative  VARCHAR(50)  NOT NULL,
    email           VARCHAR(254) NOT NULL,
    phone           VARCHAR(20),
    website_url     VARCHAR(500),
    status          VARCHAR(20)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_mer_merchant_business_number UNIQUE (business_number),
    KEY ix_mer_merchant_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only the SHA-256 of a key is stored; display is the public client key or a masked secret-key hint.
CREATE TABLE mer_api_key (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    merchant_id VARCHAR(32) NOT NULL,
    mode        VARCHAR(4)  NOT NULL,
    kind        VARCHAR(6)  NOT NULL,
    key_hash    CHAR(64)    NOT NULL,
    display     VARCHAR(80) NOT NULL,
    status      VARCHAR(10) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6),
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_mer_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_mer_api_key_merchant FOREIGN KEY (merchant_id) REFERENCES mer_merchant (id),
    CONSTRAINT ck_mer_api_key_mode CHECK (mode IN ('TEST', 'LIVE')),
    CONSTRAINT ck_mer_api_key_kind CHECK (kind IN ('CLIENT', 'SECRET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only trail of staff actions.
CREATE TABLE aud_audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    target_type  VARCHAR(40)  NOT NULL,
    target_id    VARCHAR(64)  NOT NULL,
    before_state TEXT,
    after_state  TEXT,
    KEY ix_aud_audit_entry_target (target_type, target_id),
    KEY ix_aud_audit_entry_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
