-- Four-eyes refunds (issue 16): what each staff member refunded alone on each day (Asia/Seoul). The row is locked
-- while a refund made alone is booked, so two refunds by one person on two different payments are serialised and
-- cannot each pass the daily limit. Filled from pay_cancel.refunded_alone_by for refunds already made.
CREATE TABLE IF NOT EXISTS pay_staff_refund_day (
    staff         VARCHAR(100) NOT NULL,
    refund_day    DATE         NOT NULL,
    refunded_won  BIGINT       NOT NULL,
    PRIMARY KEY (staff, refund_day)
) ENGINE = InnoDB;

INSERT INTO pay_staff_refund_day (staff, refund_day, refunded_won)
SELECT refunded_alone_by, DATE(CONVERT_TZ(canceled_at, '+00:00', '+09:00')), SUM(cancel_amount)
FROM pay_cancel
WHERE refunded_alone_by IS NOT NULL
GROUP BY refunded_alone_by, DATE(CONVERT_TZ(canceled_at, '+00:00', '+09:00'))
ON DUPLICATE KEY UPDATE refunded_won = VALUES(refunded_won);
