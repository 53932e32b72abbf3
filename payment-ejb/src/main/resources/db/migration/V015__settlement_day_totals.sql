-- Settlement at scale (issue 5). The lines step now also keeps, in the same chunk transaction, the per merchant,
-- mode, sold date and payout date sums of the lines it writes; payouts and the fee/VAT journal entries are computed
-- from these few rows instead of re-reading and flagging every line, and finance reads a day's results from them.
-- Each chunk inserts its own rows (chunk_id), never updates another's: concurrent partitions then take no gap
-- locks on each other's keys (an upsert would, and deadlocked them); readers sum the rows.
CREATE TABLE stl_day_total (
    merchant_id   VARCHAR(32) NOT NULL,
    mode          VARCHAR(4)  NOT NULL,
    sold_date     DATE        NOT NULL,
    payout_date   DATE        NOT NULL,
    chunk_id      VARCHAR(24) NOT NULL,
    line_count    BIGINT      NOT NULL,
    gross_amount  BIGINT      NOT NULL,
    fee_amount    BIGINT      NOT NULL,
    vat_amount    BIGINT      NOT NULL,
    payout_amount BIGINT      NOT NULL,
    -- what the ledger already holds of fee and VAT; posted = (posted_fee, posted_vat) = (fee, vat)
    posted_fee    BIGINT      NOT NULL DEFAULT 0,
    posted_vat    BIGINT      NOT NULL DEFAULT 0,
    posted        BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (merchant_id, mode, sold_date, payout_date, chunk_id),
    KEY ix_stl_day_total_sold (sold_date, merchant_id),
    KEY ix_stl_day_total_unposted (posted, merchant_id, mode)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO stl_day_total (merchant_id, mode, sold_date, payout_date, chunk_id, line_count, gross_amount, fee_amount,
                           vat_amount, payout_amount, posted_fee, posted_vat, posted)
SELECT merchant_id, mode, sold_date, payout_date, 'V015', count(*), sum(amount), sum(fee), sum(vat), sum(payout_amount),
       sum(IF(posted, fee, 0)), sum(IF(posted, vat, 0)), min(posted)
FROM stl_line GROUP BY merchant_id, mode, sold_date, payout_date;

-- Lines are no longer flagged one by one, and a day's results come from the totals. A line is kept where its
-- readers look for it: clustered by merchant, mode and sold date (a merchant's list, finance's CSV), which also
-- serves payout-date reads (a payout date is at most a few weeks after the sold date). Two B-trees per line
-- instead of six: the clustered key and the unique transaction key.
ALTER TABLE stl_line
    DROP PRIMARY KEY,
    DROP COLUMN id,
    DROP COLUMN posted,
    DROP INDEX ix_stl_line_unposted,
    DROP INDEX ix_stl_line_sold_date,
    DROP INDEX ix_stl_line_sold,
    DROP INDEX ix_stl_line_payout,
    ADD PRIMARY KEY (merchant_id, mode, sold_date, transaction_key);

-- The job reads a partition's transactions straight from the payments (no copied work list): the approvals
-- merchant by merchant, the cancels by time (ix_pay_cancel_canceled, V009).
DROP TABLE stl_candidate;
CREATE INDEX ix_pay_payment_merchant_approved ON pay_payment (merchant_id, approved_at);

