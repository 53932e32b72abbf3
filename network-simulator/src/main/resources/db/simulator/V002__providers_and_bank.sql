-- Easy-pay wallets, bank transfers and carrier billing: one book per simulated provider payment.
CREATE TABLE sim_provider_payment (
    reference       VARCHAR(64) NOT NULL PRIMARY KEY,
    channel         VARCHAR(20) NOT NULL,
    provider        VARCHAR(20) NOT NULL,
    customer_id     VARCHAR(40) NOT NULL,
    amount          BIGINT      NOT NULL,
    status          VARCHAR(20) NOT NULL,
    decline_code    VARCHAR(40),
    approve_no      CHAR(8),
    canceled_amount BIGINT      NOT NULL DEFAULT 0,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    KEY ix_sim_provider_payment_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sim_provider_cancel (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference        VARCHAR(64) NOT NULL,
    cancel_reference VARCHAR(64) NOT NULL,
    amount           BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT uq_sim_provider_cancel_reference UNIQUE (cancel_reference),
    CONSTRAINT fk_sim_provider_cancel_payment FOREIGN KEY (reference) REFERENCES sim_provider_payment (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bank's virtual accounts. An account number is never handed out twice (stronger than unique while open).
CREATE TABLE sim_bank_account (
    reference      VARCHAR(64) NOT NULL PRIMARY KEY,
    bank_code      CHAR(2)     NOT NULL,
    account_number VARCHAR(20) NOT NULL,
    holder_name    VARCHAR(100) NOT NULL,
    amount         BIGINT      NOT NULL,
    due_at         DATETIME(6) NOT NULL,
    status         VARCHAR(12) NOT NULL,
    deposit_id     VARCHAR(40),
    deposited_at   DATETIME(6),
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT uq_sim_bank_account_number UNIQUE (bank_code, account_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Refunds the bank sent to customers' accounts (cancels of deposited virtual accounts).
CREATE TABLE sim_bank_refund (
    refund_reference VARCHAR(64)  NOT NULL PRIMARY KEY,
    reference        VARCHAR(64)  NOT NULL,
    amount           BIGINT       NOT NULL,
    to_bank_code     CHAR(2)      NOT NULL,
    to_account       VARCHAR(20)  NOT NULL,
    to_holder        VARCHAR(100) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_sim_bank_refund_account FOREIGN KEY (reference) REFERENCES sim_bank_account (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
