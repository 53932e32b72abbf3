-- The Idempotency-Key (SHA-256) of the request that created a payment or a cancel: a retry that takes over a
-- request which died half-way resumes from what that request already did instead of doing it again.
alter table pay_payment add column idempotency_key_hash char(64) character set ascii null,
    add unique key uq_pay_payment_retry (merchant_id, mode, idempotency_key_hash);
alter table pay_cancel add column idempotency_key_hash char(64) character set ascii null,
    add unique key uq_pay_cancel_retry (payment_key, idempotency_key_hash);
