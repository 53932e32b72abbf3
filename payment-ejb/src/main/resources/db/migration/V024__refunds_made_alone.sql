-- Four-eyes refunds (issue 16): who refunded a payment alone (within the limits, no second person), so that the
-- daily total a staff member may refund alone can be summed; null for merchants' cancels and approved refunds.
ALTER TABLE pay_cancel
    ADD COLUMN IF NOT EXISTS refunded_alone_by VARCHAR(100) NULL,
    ADD KEY IF NOT EXISTS ix_pay_cancel_refunded_alone (refunded_alone_by, canceled_at);
