-- Key management (issue 16). Every sealed value already records the id of its key; rotation finds the values
-- under older keys by that id, hence an index where the table grows with the business (billing keys, documents).
-- A revoked billing key keeps no card: its key id, IV and ciphertext are erased, so they become nullable, and
-- the cards of keys revoked before this version are erased now.
ALTER TABLE bil_billing_key
    MODIFY key_id VARCHAR(20) NULL,
    MODIFY iv VARBINARY(12) NULL,
    MODIFY ciphertext VARBINARY(256) NULL,
    ADD KEY IF NOT EXISTS ix_bil_billing_key_key_id (key_id);
UPDATE bil_billing_key SET key_id = NULL, iv = NULL, ciphertext = NULL WHERE active = FALSE;
ALTER TABLE mer_document_file ADD KEY IF NOT EXISTS ix_mer_document_file_key_id (key_id);
