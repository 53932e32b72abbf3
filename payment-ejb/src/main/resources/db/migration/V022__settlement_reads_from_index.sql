-- Settlement at scale (issue 5). The job reads each merchant's approvals of the date in approval order; through
-- (merchant_id, approved_at) it then fetched every payment row by its key, and a merchant's rows lie scattered over
-- the whole table (keys are random), so a night's run read most of the table's pages again and again once it
-- outgrew the buffer pool (900 MB read per million payments with MariaDB's default 128 MB pool). This index holds
-- what the job reads, in the order it reads it, so the job reads only the index, front to back. payment_key is named
-- so that the index is ordered by it after approved_at, as the reader's ORDER BY and page position are.
-- MariaDB commits each DDL statement on its own: IF [NOT] EXISTS lets a migration that failed half-way run again.
CREATE INDEX IF NOT EXISTS ix_pay_payment_settlement
    ON pay_payment (merchant_id, approved_at, payment_key, status, mode, method, total_amount, order_id);
DROP INDEX IF EXISTS ix_pay_payment_merchant_approved ON pay_payment;

-- Jakarta Batch's job repository (bat_*, Payara's JBatch runtime creates what is missing) keeps each step's
-- checkpoints in a table without any index: every chunk's checkpoint update scanned the rows of every run ever
-- made, and the table grows by a few rows per run. Created here in the runtime's own shape when it is not there
-- yet, so that the index can be added before the first run.
CREATE TABLE IF NOT EXISTS bat_CHECKPOINTDATA (
    id  VARCHAR(512),
    obj BLOB
);
CREATE INDEX IF NOT EXISTS ix_bat_checkpointdata_id ON bat_CHECKPOINTDATA (id);
