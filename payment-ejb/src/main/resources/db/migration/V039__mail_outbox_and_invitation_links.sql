-- E-mail (issue 18): the outbox the platform's mails are queued in, in the transaction of the fact they tell of, and
-- sent by SMTP afterwards. A row names the kind and the fact (its reference) and the recipient, never the words:
-- they are composed when sent, so nothing secret waits here in clear and nothing is kept after sending.
CREATE TABLE mail_outbox (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(32)   NOT NULL,
    reference   VARCHAR(64)   NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    due_at      DATETIME(6)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    sent_at     DATETIME(6),
    last_error  VARCHAR(500),
    KEY ix_mail_outbox_due (status, due_at),
    KEY ix_mail_outbox_reference (kind, reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invitation's link: only the SHA-256 of its token is kept (the token is made when the mail is sent), with
-- the time it stops working. Following the link binds the invitation to whoever signed in with it.
ALTER TABLE mer_member
    ADD COLUMN invitation_hash       CHAR(64),
    ADD COLUMN invitation_expires_at DATETIME(6),
    ADD CONSTRAINT uq_mer_member_invitation UNIQUE (invitation_hash);
