-- The audit log is append-only in the database itself, not only in the code (issue 16): no UPDATE or DELETE of an
-- entry succeeds, whatever SQL reaches the database as the application's user. Only a user allowed to drop these
-- triggers (the schema's owner, not the application in production) can change that, and doing so is itself DDL
-- that MariaDB's binary log records. MariaDB with a binary log needs log_bin_trust_function_creators=1 for the
-- application's user to create triggers (docker/compose.yaml sets it).
CREATE TRIGGER IF NOT EXISTS aud_audit_entry_no_update BEFORE UPDATE ON aud_audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'aud_audit_entry is append-only: entries are never changed';

CREATE TRIGGER IF NOT EXISTS aud_audit_entry_no_delete BEFORE DELETE ON aud_audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'aud_audit_entry is append-only: entries are never deleted';
