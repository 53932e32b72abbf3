-- Which server, in which life (start), holds an in-flight claim: a server that starts again releases the claims
-- of its earlier life at once, instead of its callers waiting out the 2 minutes after which a claim is abandoned.
ALTER TABLE idm_idempotency_key ADD COLUMN owner_server VARCHAR(100) NULL, ADD COLUMN owner_life CHAR(36) NULL,
    ADD KEY ix_idm_idempotency_key_owner (state, owner_server);
