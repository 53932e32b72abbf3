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

-- The other methods: the provider (wallet, bank code, carrier) and the customer's id there; virtual accounts;
-- cash receipts and escrow for bank-paid methods.
ALTER TABLE pay_payment
    ADD COLUMN provider                  VARCHAR(20),
    ADD COLUMN provider_customer         VARCHAR(40),
    ADD COLUMN va_bank_code              CHAR(2),
    ADD COLUMN va_account_number         VARCHAR(20),
    ADD COLUMN va_customer_name          VARCHAR(100),
    ADD COLUMN va_due_at                 DATETIME(6),
    ADD COLUMN va_refund_status          VARCHAR(20),
    ADD COLUMN deposit_id                VARCHAR(40),
    ADD COLUMN cash_receipt_type         VARCHAR(16),
    ADD COLUMN cash_receipt_number       VARCHAR(20),
    ADD COLUMN cash_receipt_status       VARCHAR(10),
    ADD COLUMN cash_receipt_issue_number VARCHAR(20),
    ADD COLUMN use_escrow                BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT uq_pay_payment_deposit UNIQUE (deposit_id);

-- Waiting virtual accounts are found by their due date (the expiry job).
CREATE INDEX ix_pay_payment_va_due ON pay_payment (status, va_due_at);

-- A refund of a deposited virtual account goes to the customer's own account, kept with the cancel for retries.
ALTER TABLE pay_cancel
    ADD COLUMN refund_bank_code      CHAR(2),
    ADD COLUMN refund_account_number VARCHAR(20),
    ADD COLUMN refund_holder_name    VARCHAR(100);
