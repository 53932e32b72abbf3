-- Billing keys: the card sealed with AES-GCM under the configured key (key_id names it), never in clear.
CREATE TABLE bil_billing_key (
    billing_key  VARCHAR(40)    NOT NULL PRIMARY KEY,
    merchant_id  VARCHAR(32)    NOT NULL,
    mode         VARCHAR(4)     NOT NULL,
    customer_key VARCHAR(300)   NOT NULL,
    card_number  VARCHAR(19)    NOT NULL,
    key_id       VARCHAR(20)    NOT NULL,
    iv           VARBINARY(12)  NOT NULL,
    ciphertext   VARBINARY(256) NOT NULL,
    active       BOOLEAN        NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    revoked_at   DATETIME(6),
    version      BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_bil_billing_key_merchant FOREIGN KEY (merchant_id) REFERENCES mer_merchant (id),
    KEY ix_bil_billing_key_customer (merchant_id, mode, customer_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which billing key paid a payment (null for every other payment).
ALTER TABLE pay_payment ADD COLUMN billing_key VARCHAR(40);
