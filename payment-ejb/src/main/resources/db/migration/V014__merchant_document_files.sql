-- Files handed in for the review checklist (business registration, mail-order report, representative ID): the
-- content AES-256-GCM encrypted (key_id, iv, ciphertext with its tag; see DocumentVault), what lists show in clear.
-- Written once, never updated: a new file for the same item is a new row. The items checked on the merchant's site
-- (terms, privacy, refund policy, support contact) take no file. id is case-sensitive (utf8mb4_bin); merchant_id
-- keeps mer_merchant's collation, which a foreign key requires.
CREATE TABLE mer_document_file (
    id           VARCHAR(40)   COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    merchant_id  VARCHAR(32)   NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    file_name    VARCHAR(100)  NOT NULL,
    content_type VARCHAR(30)   NOT NULL,
    size_bytes   INT           NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    key_id       VARCHAR(20)   NOT NULL,
    iv           VARBINARY(12) NOT NULL,
    ciphertext   MEDIUMBLOB    NOT NULL,
    uploaded_by  VARCHAR(100)  NOT NULL,
    uploaded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_mer_document_file_merchant FOREIGN KEY (merchant_id) REFERENCES mer_merchant (id),
    CONSTRAINT ck_mer_document_file_kind
        CHECK (kind IN ('BUSINESS_REGISTRATION', 'MAIL_ORDER_REPORT', 'REPRESENTATIVE_ID')),
    CONSTRAINT ck_mer_document_file_type CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    CONSTRAINT ck_mer_document_file_size CHECK (size_bytes BETWEEN 1 AND 5242880),
    KEY ix_mer_document_file_merchant (merchant_id, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
