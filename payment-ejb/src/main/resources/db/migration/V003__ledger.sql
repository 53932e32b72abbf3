-- Double-entry books: an entry's postings balance per currency (enforced where entries are built);
-- reference is unique so one movement is never booked twice. Append-only.
CREATE TABLE ldg_journal_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference   VARCHAR(80)  NOT NULL,
    payment_key VARCHAR(40),
    mode        VARCHAR(4)   NOT NULL,
    description VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_ldg_journal_entry_reference UNIQUE (reference),
    KEY ix_ldg_journal_entry_payment (payment_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ldg_posting (
    entry_id     BIGINT      NOT NULL,
    line_no      INT         NOT NULL,
    account      VARCHAR(40) NOT NULL,
    merchant_id  VARCHAR(32),
    side         VARCHAR(6)  NOT NULL,
    amount_minor BIGINT      NOT NULL,
    currency     CHAR(3)     NOT NULL,
    PRIMARY KEY (entry_id, line_no),
    CONSTRAINT fk_ldg_posting_entry FOREIGN KEY (entry_id) REFERENCES ldg_journal_entry (id),
    CONSTRAINT ck_ldg_posting_amount CHECK (amount_minor > 0),
    CONSTRAINT ck_ldg_posting_side CHECK (side IN ('DEBIT', 'CREDIT')),
    KEY ix_ldg_posting_account (account, merchant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
