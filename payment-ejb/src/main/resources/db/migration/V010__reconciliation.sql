-- Differences between our books and the card acquirer's capture file (매입 파일), reported to staff as found:
-- nothing is fixed silently. mismatch_key makes each difference one row however often a date is reconciled.
CREATE TABLE rcn_mismatch (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mismatch_key     VARCHAR(200) NOT NULL,
    business_date    DATE         NOT NULL,
    kind             VARCHAR(24)  NOT NULL,
    reference        VARCHAR(64)  NOT NULL,
    cancel_reference VARCHAR(80),
    payment_key      VARCHAR(40),
    platform_amount  BIGINT,
    network_amount   BIGINT,
    detected_at      DATETIME(6)  NOT NULL,
    execution_id     BIGINT       NOT NULL,
    CONSTRAINT uq_rcn_mismatch UNIQUE (mismatch_key),
    KEY ix_rcn_mismatch_date (business_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
