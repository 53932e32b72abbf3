-- Four-eyes refunds (issue 16). Who refunded a payment alone (within the limits, no second person), so that the
-- daily total a staff member may refund alone can be summed; null for merchants' cancels and approved refunds.
ALTER TABLE pay_cancel
    ADD COLUMN IF NOT EXISTS refunded_alone_by VARCHAR(100) NULL,
    ADD KEY IF NOT EXISTS ix_pay_cancel_refunded_alone (refunded_alone_by, canceled_at);

-- A staff refund retried with its Idempotency-Key after the first request died finds the refund request that
-- request opened (its key's SHA-256, as pay_cancel keeps it for cancels) instead of opening a second one.
ALTER TABLE pay_refund_request
    ADD COLUMN IF NOT EXISTS idempotency_key_hash VARCHAR(64) NULL,
    ADD KEY IF NOT EXISTS ix_pay_refund_request_retry (payment_key, idempotency_key_hash);
