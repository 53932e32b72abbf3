-- What a fraud review held from its own settlement run and staff cleared since (contract section 11): each sale and
-- booked cancel of a cleared payment, with the amount signed as settlement counts it and the time it was sold or
-- booked. Settlement's next run settles those it has no line for, sold date unchanged. seq orders them (the
-- transaction's id); the review index (V031) finds the cleared payments.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW pay_cleared_movement AS
SELECT t.id AS seq,
       t.transaction_key,
       p.payment_key,
       p.order_id,
       p.merchant_id,
       p.mode,
       p.method,
       IF(t.kind = 'CANCEL', -t.amount, t.amount) AS amount,
       IF(t.kind = 'CANCEL', t.requested_at, p.approved_at) AS sold_at
FROM pay_payment p
         JOIN pay_transaction t ON t.payment_key = p.payment_key
WHERE p.fraud_review = 'CLEARED'
  AND ((t.kind IN ('AUTHORIZATION', 'DEPOSIT') AND t.status = 'SUCCESS')
    OR (t.kind = 'CANCEL' AND t.status <> 'FAILED'));
