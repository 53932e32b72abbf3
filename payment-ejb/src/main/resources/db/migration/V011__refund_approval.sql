-- Four-eyes staff refunds: a refund above the approval limit waits here until a second staff member approves
-- (it is then executed as an ordinary staff cancel) or rejects it. A request is never deleted; it only closes.
CREATE TABLE pay_refund_request (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    payment_key            VARCHAR(40)   NOT NULL,
    merchant_id            VARCHAR(32)   NOT NULL,
    amount                 BIGINT        NOT NULL,
    currency               CHAR(3)       NOT NULL,
    full_refund            BOOLEAN       NOT NULL,
    tax_free_amount        BIGINT        NOT NULL DEFAULT 0,
    reason                 VARCHAR(200)  NOT NULL,
    refund_bank            VARCHAR(2),
    refund_account_number  VARCHAR(20),
    refund_holder_name     VARCHAR(100),
    status                 VARCHAR(10)   NOT NULL,
    requested_by           VARCHAR(100)  NOT NULL,
    requested_at           DATETIME(6)   NOT NULL,
    decided_by             VARCHAR(100),
    decided_at             DATETIME(6),
    decision_note          VARCHAR(300),
    transaction_key        VARCHAR(40),
    created_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_pay_refund_request_payment FOREIGN KEY (payment_key) REFERENCES pay_payment (payment_key),
    CONSTRAINT ck_pay_refund_request_amount CHECK (amount > 0 AND tax_free_amount >= 0),
    CONSTRAINT ck_pay_refund_request_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'FAILED')),
    KEY ix_pay_refund_request_status (status, id),
    KEY ix_pay_refund_request_payment (payment_key, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
