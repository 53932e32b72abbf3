-- Fraud detection (FDS, contract section 11): rules as data with their history, each screening with what it saw
-- and why, velocity counters every server shares, and the payment's own screening result and review hold.

CREATE TABLE fds_rule (
    rule_id    VARCHAR(40)   NOT NULL PRIMARY KEY,
    kind       VARCHAR(20)   NOT NULL,
    enabled    BOOLEAN       NOT NULL,
    mode       VARCHAR(8)    NOT NULL,
    params     VARCHAR(2000) NOT NULL,
    version    INT           NOT NULL,
    updated_by VARCHAR(100)  NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT ck_fds_rule_mode CHECK (mode IN ('ENFORCE', 'SHADOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One merchant's own version of a rule; the default applies to every merchant without one.
CREATE TABLE fds_rule_override (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_id     VARCHAR(40)   NOT NULL,
    merchant_id VARCHAR(32)   NOT NULL,
    enabled     BOOLEAN       NOT NULL,
    mode        VARCHAR(8)    NOT NULL,
    params      VARCHAR(2000) NOT NULL,
    version     INT           NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_fds_rule_override UNIQUE (rule_id, merchant_id),
    CONSTRAINT fk_fds_rule_override_rule FOREIGN KEY (rule_id) REFERENCES fds_rule (rule_id),
    CONSTRAINT ck_fds_rule_override_mode CHECK (mode IN ('ENFORCE', 'SHADOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a rule or of a merchant's version: who set what, when (appended, never changed).
CREATE TABLE fds_rule_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_id     VARCHAR(40)   NOT NULL,
    merchant_id VARCHAR(32)   NULL,
    enabled     BOOLEAN       NOT NULL,
    mode        VARCHAR(8)    NOT NULL,
    params      VARCHAR(2000) NOT NULL,
    version     INT           NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    KEY ix_fds_rule_change_rule (rule_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rules every merchant starts with (contract section 11). The sandbox cards are public test numbers.
INSERT INTO fds_rule (rule_id, kind, enabled, mode, params, version, updated_by, updated_at) VALUES
    ('SANDBOX_BLOCK', 'SANDBOX_CARD', TRUE, 'ENFORCE', '{"cardNumber":"4100000000000019","decision":"BLOCK"}', 1,
     'migration', UTC_TIMESTAMP(6)),
    ('SANDBOX_REVIEW', 'SANDBOX_CARD', TRUE, 'ENFORCE', '{"cardNumber":"4000000000004954","decision":"REVIEW"}', 1,
     'migration', UTC_TIMESTAMP(6)),
    ('CARD_VELOCITY', 'VELOCITY', TRUE, 'ENFORCE',
     '{"key":"CARD","windowMinutes":10,"maxAttempts":5,"decision":"BLOCK"}', 1, 'migration', UTC_TIMESTAMP(6)),
    ('AMOUNT_REVIEW', 'AMOUNT', TRUE, 'ENFORCE', '{"minAmount":5000000,"decision":"REVIEW"}', 1,
     'migration', UTC_TIMESTAMP(6));

-- Each screened charge: never the card number (its keyed fingerprint and BIN), and every rule that fired with its
-- inputs, enforced or in shadow (JSON).
CREATE TABLE fds_screening (
    payment_key      VARCHAR(40)   NOT NULL PRIMARY KEY,
    merchant_id      VARCHAR(32)   NOT NULL,
    mode             VARCHAR(4)    NOT NULL,
    method           VARCHAR(20)   NOT NULL,
    amount           BIGINT        NOT NULL,
    card_fingerprint CHAR(64)      NULL,
    card_bin         VARCHAR(8)    NULL,
    customer_email   VARCHAR(100)  NULL,
    customer_ip      VARCHAR(45)   NULL,
    decision         VARCHAR(8)    NOT NULL,
    fired            VARCHAR(4000) NOT NULL,
    screened_at      DATETIME(6)   NOT NULL,
    KEY ix_fds_screening_merchant (merchant_id, screened_at),
    KEY ix_fds_screening_decision (decision, screened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Velocity: one row per counted key (hash of rule, merchant, mode and value), whose lock orders the attempts of
-- that key, and the attempts themselves.
CREATE TABLE fds_velocity_key (
    key_hash CHAR(64)    NOT NULL PRIMARY KEY,
    last_at  DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

CREATE TABLE fds_attempt (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    key_hash     CHAR(64)    NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    KEY ix_fds_attempt_key (key_hash, attempted_at),
    KEY ix_fds_attempt_time (attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- The payment's own result of its screening, and the review that holds it from settlement.
ALTER TABLE pay_payment
    ADD COLUMN customer_ip    VARCHAR(45)  NULL,
    ADD COLUMN fraud_decision VARCHAR(8)   NULL,
    ADD COLUMN fraud_rules    VARCHAR(300) NULL,
    ADD COLUMN fraud_review   VARCHAR(10)  NULL,
    ADD KEY ix_pay_payment_review (fraud_review, approved_at);   -- the review queue

-- The settlement job's index (V022) holds the review too, so that its reader still reads the index alone.
CREATE INDEX ix_pay_payment_settlement_review
    ON pay_payment (merchant_id, approved_at, payment_key, status, mode, method, total_amount, order_id, fraud_review);
DROP INDEX ix_pay_payment_settlement ON pay_payment;

-- What settlement may settle: the sales and booked cancels of V029 but those of a payment under open review, which
-- wait until staff clear it (contract section 11). Reconciliation still compares every sale (pay_sale).
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW pay_settleable_sale AS
SELECT t.transaction_key,
       p.payment_key,
       p.order_id,
       p.merchant_id,
       p.mode,
       p.method,
       p.currency,
       p.total_amount    AS amount,
       p.approved_at     AS sold_at,
       p.network_reference
FROM pay_payment p
         JOIN pay_transaction t ON t.sale_of = p.payment_key
WHERE t.status = 'SUCCESS'
  AND (p.fraud_review IS NULL OR p.fraud_review <> 'OPEN');

CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW pay_settleable_cancel AS
SELECT c.id              AS booking_seq,
       c.transaction_key,
       p.payment_key,
       p.order_id,
       p.merchant_id,
       p.mode,
       p.method,
       p.currency,
       c.amount,
       c.requested_at    AS booked_at,
       p.network_reference AS sale_network_reference
FROM pay_transaction c
         JOIN pay_payment p ON p.payment_key = c.payment_key
WHERE c.kind = 'CANCEL'
  AND c.status <> 'FAILED'
  AND (p.fraud_review IS NULL OR p.fraud_review <> 'OPEN');
