-- The hosted payment window: where to send the customer back, who the customer is, and the confirm claim.
ALTER TABLE pay_payment
    ADD COLUMN success_url        VARCHAR(1000),
    ADD COLUMN fail_url           VARCHAR(1000),
    ADD COLUMN customer_email     VARCHAR(254),
    ADD COLUMN customer_name      VARCHAR(100),
    ADD COLUMN confirm_claimed_at DATETIME(6);

CREATE INDEX ix_pay_payment_open ON pay_payment (status, requested_at);

-- A card the customer entered in the window, between authentication and the merchant's confirm: encrypted with
-- AES-GCM under a key from configuration (key_id names it), deleted as soon as the payment is settled or expired.
CREATE TABLE pay_card_vault (
    payment_key VARCHAR(40)    NOT NULL PRIMARY KEY,
    key_id      VARCHAR(20)    NOT NULL,
    iv          VARBINARY(12)  NOT NULL,
    ciphertext  VARBINARY(256) NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    CONSTRAINT fk_pay_card_vault_payment FOREIGN KEY (payment_key) REFERENCES pay_payment (payment_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
