-- The people of a merchant (contract section 12): who may use its dashboard, and as what. A row is written when a
-- person applies (OWNER) or is invited; an invited row learns the person's sign-in subject when they join. Removal
-- keeps the row (REMOVED), so that the audit log's actors stay explainable.
CREATE TABLE mer_member (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    merchant_id VARCHAR(32)   NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    subject     VARCHAR(64),
    role        VARCHAR(12)   NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    invited_by  VARCHAR(254)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    joined_at   DATETIME(6),
    removed_at  DATETIME(6),
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_mer_member_email UNIQUE (merchant_id, email),
    CONSTRAINT fk_mer_member_merchant FOREIGN KEY (merchant_id) REFERENCES mer_merchant (id),
    KEY ix_mer_member_subject (subject),
    KEY ix_mer_member_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
