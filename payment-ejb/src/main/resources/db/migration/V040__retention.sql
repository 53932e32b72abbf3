-- Retention (docs/operations.md, "Retention"): each rule finds its expired rows through an index on their time,
-- oldest first, and the housekeeping keeps a record of its runs.

-- events by age; a webhook delivery and its attempts belong to their event and go with it
ALTER TABLE evt_event ADD KEY IF NOT EXISTS ix_evt_event_created (created_at);
ALTER TABLE whk_delivery DROP FOREIGN KEY fk_whk_delivery_event;
ALTER TABLE whk_delivery ADD CONSTRAINT fk_whk_delivery_event FOREIGN KEY (event_seq) REFERENCES evt_event (seq)
    ON DELETE CASCADE;
ALTER TABLE whk_attempt DROP FOREIGN KEY fk_whk_attempt_delivery;
ALTER TABLE whk_attempt ADD CONSTRAINT fk_whk_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES whk_delivery (id)
    ON DELETE CASCADE;

-- test-mode payments by their last change
ALTER TABLE pay_payment ADD KEY IF NOT EXISTS ix_pay_payment_mode_updated (mode, updated_at);

-- a settlement run keeps how its batch job ended once the batch runtime's own record of it is purged
ALTER TABLE stl_run
    ADD COLUMN IF NOT EXISTS job_status  VARCHAR(20)  NULL,
    ADD COLUMN IF NOT EXISTS exit_status VARCHAR(512) NULL,
    ADD COLUMN IF NOT EXISTS started_at  DATETIME(6)  NULL,
    ADD COLUMN IF NOT EXISTS ended_at    DATETIME(6)  NULL;

-- the audit log stays append-only for its 12 months: only an entry older than that may be deleted
DROP TRIGGER IF EXISTS aud_audit_entry_no_delete;
DELIMITER $$
CREATE TRIGGER aud_audit_entry_no_delete BEFORE DELETE ON aud_audit_entry FOR EACH ROW
BEGIN
    IF OLD.occurred_at >= UTC_TIMESTAMP(6) - INTERVAL 12 MONTH THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'aud_audit_entry is append-only: entries are kept 12 months';
    END IF;
END$$
DELIMITER ;

CREATE TABLE IF NOT EXISTS hk_purge_run (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule             VARCHAR(40)  NOT NULL,
    cutoff           DATETIME(6)  NOT NULL,
    started_at       DATETIME(6)  NOT NULL,
    finished_at      DATETIME(6)  NOT NULL,
    removed          BIGINT       NOT NULL,
    batches          INT          NOT NULL,
    longest_batch_ms BIGINT       NOT NULL,
    outcome          VARCHAR(10)  NOT NULL,
    failure          VARCHAR(300) NULL,
    run_by           VARCHAR(100) NOT NULL,
    KEY ix_hk_purge_run_rule (rule, id),
    KEY ix_hk_purge_run_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
