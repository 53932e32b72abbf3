-- A payment is a journal of money movements (docs/architecture.md): each authorization, deposit and cancel is one
-- pay_transaction row with its own transaction_key, which its journal entry and settlement line carry too.
-- The cancels of pay_cancel become its CANCEL rows (confirmed by the network: SUCCESS, else PENDING). The
-- approvals, deposits and authorizations already sent to the network become AUTHORIZATION / DEPOSIT rows keyed by
-- their payment key, the key their journal entry and settlement line already named (approval:<paymentKey>).
-- The outcome_unknown flag and the confirm claim become the authorization's status (UNKNOWN, PENDING).
RENAME TABLE pay_cancel TO pay_transaction;

ALTER TABLE pay_transaction
    DROP CONSTRAINT ck_pay_cancel_amount,
    DROP INDEX ix_pay_cancel_unconfirmed,
    DROP INDEX ix_pay_cancel_canceled,
    CHANGE cancel_amount amount BIGINT NOT NULL,
    CHANGE cancel_reason reason VARCHAR(200) NULL,
    MODIFY refundable_amount BIGINT NULL,
    CHANGE canceled_at requested_at DATETIME(6) NOT NULL,
    CHANGE network_confirmed_at completed_at DATETIME(6) NULL,
    ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'CANCEL' AFTER transaction_key,
    ADD COLUMN status VARCHAR(8) NOT NULL DEFAULT 'PENDING' AFTER tax_free_amount,
    ADD COLUMN network_reference VARCHAR(64) NULL AFTER status,
    ADD COLUMN failure_code VARCHAR(40) NULL,
    ADD COLUMN failure_message VARCHAR(300) NULL;

UPDATE pay_transaction SET status = IF(completed_at IS NULL, 'PENDING', 'SUCCESS');

INSERT INTO pay_transaction (payment_key, transaction_key, kind, amount, tax_free_amount, status, network_reference,
                             requested_at, completed_at, failure_code, failure_message)
SELECT p.payment_key, p.payment_key,
       IF(p.method = 'VIRTUAL_ACCOUNT', 'DEPOSIT', 'AUTHORIZATION'),
       p.total_amount,
       LEAST(p.total_amount, p.tax_free_amount + COALESCE(
               (SELECT SUM(c.tax_free_amount) FROM pay_transaction c WHERE c.payment_key = p.payment_key), 0)),
       CASE WHEN p.approved_at IS NOT NULL THEN 'SUCCESS'
            WHEN p.status = 'ABORTED' THEN 'FAILED'
            WHEN p.outcome_unknown THEN 'UNKNOWN'
            ELSE 'PENDING' END,
       IF(p.method = 'VIRTUAL_ACCOUNT', p.deposit_id, p.network_reference),
       COALESCE(p.confirm_claimed_at, p.approved_at, p.updated_at),
       CASE WHEN p.approved_at IS NOT NULL THEN p.approved_at WHEN p.status = 'ABORTED' THEN p.updated_at END,
       IF(p.status = 'ABORTED', p.failure_code, NULL),
       IF(p.status = 'ABORTED', p.failure_message, NULL)
FROM pay_payment p
WHERE p.approved_at IS NOT NULL
   OR (p.status = 'IN_PROGRESS' AND (p.confirm_claimed_at IS NOT NULL OR p.outcome_unknown))
   OR (p.status = 'ABORTED' AND p.confirm_claimed_at IS NOT NULL);

ALTER TABLE pay_transaction
    ALTER COLUMN kind DROP DEFAULT,
    ALTER COLUMN status DROP DEFAULT,
    -- a payment has one authorization or deposit at most, whatever a bug or a race may try
    ADD COLUMN sale_of VARCHAR(40) AS (IF(kind IN ('AUTHORIZATION', 'DEPOSIT'), payment_key, NULL)) PERSISTENT,
    ADD CONSTRAINT uq_pay_transaction_sale UNIQUE (sale_of),
    ADD CONSTRAINT ck_pay_transaction_amount CHECK (amount > 0 AND (refundable_amount IS NULL OR refundable_amount >= 0)),
    ADD CONSTRAINT ck_pay_transaction_status CHECK (status IN ('PENDING', 'UNKNOWN', 'SUCCESS', 'FAILED')),
    ADD CONSTRAINT ck_pay_transaction_kind CHECK (kind IN ('AUTHORIZATION', 'DEPOSIT', 'CANCEL')),
    -- the reconciler's open movements, settlement's and the dashboard's cancels of a day
    ADD KEY ix_pay_transaction_open (kind, status, requested_at),
    ADD KEY ix_pay_transaction_requested (kind, requested_at);

ALTER TABLE pay_payment
    DROP INDEX ix_pay_payment_unknown,
    DROP COLUMN outcome_unknown,
    DROP COLUMN confirm_claimed_at;

-- The journal entry of a movement carries its transaction key.
ALTER TABLE ldg_journal_entry
    ADD COLUMN transaction_key VARCHAR(40) NULL AFTER payment_key,
    ADD KEY ix_ldg_journal_entry_transaction (transaction_key);
UPDATE ldg_journal_entry SET transaction_key = SUBSTRING(reference, 10) WHERE reference LIKE 'approval:%';
UPDATE ldg_journal_entry SET transaction_key = SUBSTRING(reference, 8) WHERE reference LIKE 'cancel:%';

-- A settlement line is keyed by its movement's transaction key alone (approvals named approval:<paymentKey>).
UPDATE stl_line SET transaction_key = SUBSTRING(transaction_key, 10) WHERE transaction_key LIKE 'approval:%';
