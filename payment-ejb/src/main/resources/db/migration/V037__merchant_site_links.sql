-- The merchant's own answer for a site item of the checklist (terms, privacy, refund policy, support contact): the
-- page on its site where the reviewer finds it. Papers keep their files in mer_document_file.
ALTER TABLE mer_document ADD COLUMN link VARCHAR(500) NULL AFTER note;
