-- What payment publishes to the capabilities that follow the money (settlement, reconciliation): two views it owns,
-- so that nobody else names pay_payment or pay_transaction or restates which movements count. MERGE keeps the
-- readers' predicates on the base tables' indexes; INVOKER means a view grants nothing its reader lacks.

-- Sales: each payment's authorization or deposit that succeeded, with the payment's own facts.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW pay_sale AS
SELECT t.transaction_key,
       p.payment_key,
       p.order_id,
       p.merchant_id,
       p.mode,
       p.method,
       p.currency,
       p.total_amount    AS amount,
       p.approved_at     AS sold_at,
       p.network_reference
FROM pay_payment p
         JOIN pay_transaction t ON t.sale_of = p.payment_key
WHERE t.status = 'SUCCESS';

-- Booked cancels: a cancel counts from the moment it is booked (before the network hears of it) unless it failed,
-- the rule PaymentTransaction.countsAgainstBalance keeps for the payment's balance. booking_seq orders them.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW pay_booked_cancel AS
SELECT c.id              AS booking_seq,
       c.transaction_key,
       p.payment_key,
       p.order_id,
       p.merchant_id,
       p.mode,
       p.method,
       p.currency,
       c.amount,
       c.requested_at    AS booked_at,
       p.network_reference AS sale_network_reference
FROM pay_transaction c
         JOIN pay_payment p ON p.payment_key = c.payment_key
WHERE c.kind = 'CANCEL'
  AND c.status <> 'FAILED';

-- The webhook event and the reconciliation difference of a movement carry its transaction key too.
ALTER TABLE evt_event
    ADD COLUMN transaction_key VARCHAR(40) NULL AFTER ordering_key,
    ADD KEY ix_evt_event_transaction (transaction_key);

ALTER TABLE rcn_mismatch
    ADD COLUMN transaction_key VARCHAR(40) NULL AFTER payment_key,
    ADD KEY ix_rcn_mismatch_transaction (transaction_key);
