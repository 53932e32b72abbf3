-- An Idempotency-Key is remembered for 15 days, after which the merchant may use it again for another request:
-- the payment or cancel created under it then shares the key hash with the new one, so the key is an index, not a
-- unique one; a retry looks only at what was created within those 15 days.
ALTER TABLE pay_payment DROP KEY uq_pay_payment_retry, ADD KEY ix_pay_payment_retry (merchant_id, mode, idempotency_key_hash);
ALTER TABLE pay_cancel DROP KEY uq_pay_cancel_retry, ADD KEY ix_pay_cancel_retry (payment_key, idempotency_key_hash);
