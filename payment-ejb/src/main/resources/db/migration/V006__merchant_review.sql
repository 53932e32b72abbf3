-- The review checklist (contract section 9) and the decisions taken on it.
CREATE TABLE mer_document (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    merchant_id VARCHAR(32)   NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    note        VARCHAR(1000),
    updated_by  VARCHAR(100)  NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_mer_document_kind UNIQUE (merchant_id, kind),
    CONSTRAINT fk_mer_document_merchant FOREIGN KEY (merchant_id) REFERENCES mer_merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Decisions are history: written once, never updated.
CREATE TABLE mer_review (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    merchant_id VARCHAR(32)   NOT NULL,
    decision    VARCHAR(10)   NOT NULL,
    note        VARCHAR(1000),
    checklist   VARCHAR(1000) NOT NULL,
    reviewer    VARCHAR(100)  NOT NULL,
    decided_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_mer_review_merchant FOREIGN KEY (merchant_id) REFERENCES mer_merchant (id),
    KEY ix_mer_review_merchant (merchant_id, decided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
