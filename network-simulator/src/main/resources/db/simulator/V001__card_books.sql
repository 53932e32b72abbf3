-- The acquirer's own books: what it approved, declined and cancelled. Never a full card number.
CREATE TABLE sim_card_authorization (
    reference          VARCHAR(64) NOT NULL PRIMARY KEY,
    card_bin           CHAR(6)     NOT NULL,
    card_last4         CHAR(4)     NOT NULL,
    amount             BIGINT      NOT NULL,
    currency           CHAR(3)     NOT NULL,
    installment_months INT         NOT NULL,
    status             VARCHAR(20) NOT NULL,
    decline_code       VARCHAR(40),
    approve_no         CHAR(8),
    issuer_code        VARCHAR(4)  NOT NULL,
    acquirer_code      VARCHAR(4)  NOT NULL,
    card_type          VARCHAR(8)  NOT NULL,
    canceled_amount    BIGINT      NOT NULL DEFAULT 0,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    KEY ix_sim_card_authorization_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sim_card_cancel (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference        VARCHAR(64) NOT NULL,
    cancel_reference VARCHAR(64) NOT NULL,
    amount           BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT uq_sim_card_cancel_reference UNIQUE (cancel_reference),
    CONSTRAINT fk_sim_card_cancel_authorization FOREIGN KEY (reference) REFERENCES sim_card_authorization (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
