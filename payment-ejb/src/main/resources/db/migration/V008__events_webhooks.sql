-- Events (contract section 7) written in the transaction of the change they report (outbox), and their webhook
-- deliveries. utf8mb4_bin: ids are case-sensitive and event bodies are kept byte for byte; merchant_id keeps
-- mer_merchant's collation, which a foreign key requires.
CREATE TABLE evt_event (
    seq          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id           VARCHAR(40)  NOT NULL,
    merchant_id  VARCHAR(32)  COLLATE utf8mb4_unicode_ci NOT NULL,
    mode         VARCHAR(4)   NOT NULL,
    type         VARCHAR(30)  NOT NULL,
    ordering_key VARCHAR(64)  NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_evt_event_id UNIQUE (id),
    CONSTRAINT fk_evt_event_merchant FOREIGN KEY (merchant_id) REFERENCES mer_merchant (id),
    KEY ix_evt_event_merchant (merchant_id, mode, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A merchant's webhook endpoint in one mode. The signing secret is kept AES-GCM encrypted (it is needed to sign).
CREATE TABLE whk_endpoint (
    id                VARCHAR(40)    NOT NULL PRIMARY KEY,
    merchant_id       VARCHAR(32)    COLLATE utf8mb4_unicode_ci NOT NULL,
    mode              VARCHAR(4)     NOT NULL,
    url               VARCHAR(1000)  NOT NULL,
    event_types       VARCHAR(200),
    secret_key_id     VARCHAR(20)    NOT NULL,
    secret_iv         VARBINARY(12)  NOT NULL,
    secret_ciphertext VARBINARY(128) NOT NULL,
    secret_hint       VARCHAR(20)    NOT NULL,
    status            VARCHAR(10)    NOT NULL,
    status_reason     VARCHAR(300),
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_whk_endpoint_merchant FOREIGN KEY (merchant_id) REFERENCES mer_merchant (id),
    KEY ix_whk_endpoint_merchant (merchant_id, mode, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One event to one endpoint, until it is DELIVERED or FAILED. lease_owner/lease_until: the server instance
-- sending it now; a lease that ran out (its server died) may be claimed again.
CREATE TABLE whk_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_seq       BIGINT       NOT NULL,
    event_id        VARCHAR(40)  NOT NULL,
    event_type      VARCHAR(30)  NOT NULL,
    endpoint_id     VARCHAR(40)  NOT NULL,
    merchant_id     VARCHAR(32)  NOT NULL,
    mode            VARCHAR(4)   NOT NULL,
    ordering_key    VARCHAR(64)  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6),
    lease_owner     VARCHAR(100),
    lease_until     DATETIME(6),
    last_attempt_at DATETIME(6),
    delivered_at    DATETIME(6),
    resend_of       BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_whk_delivery_event FOREIGN KEY (event_seq) REFERENCES evt_event (seq),
    CONSTRAINT fk_whk_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES whk_endpoint (id),
    KEY ix_whk_delivery_due (status, next_attempt_at),
    KEY ix_whk_delivery_order (endpoint_id, ordering_key, status, event_seq),
    KEY ix_whk_delivery_merchant (merchant_id, id),
    KEY ix_whk_delivery_event (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every attempt, as staff need it to answer "did you send it?": written once, never updated.
CREATE TABLE whk_attempt (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    delivery_id       BIGINT        NOT NULL,
    attempt_number    INT           NOT NULL,
    attempted_at      DATETIME(6)   NOT NULL,
    webhook_timestamp BIGINT        NOT NULL,
    http_status       INT,
    error             VARCHAR(300),
    latency_ms        BIGINT        NOT NULL,
    response_excerpt  VARCHAR(1000),
    sent_by           VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_whk_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES whk_delivery (id),
    KEY ix_whk_attempt_delivery (delivery_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
