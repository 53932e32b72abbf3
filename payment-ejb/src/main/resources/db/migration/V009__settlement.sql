-- Fee plans: one row per change, effective for transactions from effective_from on; history is kept.
CREATE TABLE stl_fee_plan (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    merchant_id            VARCHAR(32)  NOT NULL,
    effective_from         DATETIME(6)  NOT NULL,
    card_rate              DECIMAL(7,4) NOT NULL,
    virtual_account_rate   DECIMAL(7,4) NOT NULL,
    transfer_rate          DECIMAL(7,4) NOT NULL,
    mobile_phone_rate      DECIMAL(7,4) NOT NULL,
    easy_pay_rate          DECIMAL(7,4) NOT NULL,
    fixed_fee              BIGINT       NOT NULL,
    settlement_cycle_days  INT          NOT NULL,
    created_by             VARCHAR(100) NOT NULL,
    CONSTRAINT fk_stl_fee_plan_merchant FOREIGN KEY (merchant_id) REFERENCES mer_merchant (id),
    CONSTRAINT ck_stl_fee_plan_cycle CHECK (settlement_cycle_days BETWEEN 1 AND 10),
    KEY ix_stl_fee_plan_merchant (merchant_id, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Korean public holidays (staff maintain the table); weekends are not listed, they are never business days.
CREATE TABLE stl_holiday (
    holiday_date DATE        NOT NULL PRIMARY KEY,
    name         VARCHAR(60) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO stl_holiday (holiday_date, name) VALUES
    ('2026-01-01', '신정'),
    ('2026-02-16', '설날 연휴'), ('2026-02-17', '설날'), ('2026-02-18', '설날 연휴'),
    ('2026-03-01', '삼일절'), ('2026-03-02', '삼일절 대체공휴일'),
    ('2026-05-05', '어린이날'),
    ('2026-05-24', '부처님오신날'), ('2026-05-25', '부처님오신날 대체공휴일'),
    ('2026-06-03', '전국동시지방선거'),
    ('2026-06-06', '현충일'),
    ('2026-08-15', '광복절'), ('2026-08-17', '광복절 대체공휴일'),
    ('2026-09-24', '추석 연휴'), ('2026-09-25', '추석'), ('2026-09-26', '추석 연휴'),
    ('2026-10-03', '개천절'), ('2026-10-05', '개천절 대체공휴일'),
    ('2026-10-09', '한글날'),
    ('2026-12-25', '성탄절'),
    ('2027-01-01', '신정'),
    ('2027-02-06', '설날 연휴'), ('2027-02-07', '설날'), ('2027-02-08', '설날 연휴'), ('2027-02-09', '설날 대체공휴일'),
    ('2027-03-01', '삼일절'),
    ('2027-05-05', '어린이날'),
    ('2027-05-13', '부처님오신날'),
    ('2027-06-06', '현충일'),
    ('2027-08-15', '광복절'), ('2027-08-16', '광복절 대체공휴일'),
    ('2027-09-14', '추석 연휴'), ('2027-09-15', '추석'), ('2027-09-16', '추석 연휴'),
    ('2027-10-03', '개천절'), ('2027-10-04', '개천절 대체공휴일'),
    ('2027-10-09', '한글날'), ('2027-10-11', '한글날 대체공휴일'),
    ('2027-12-25', '성탄절'), ('2027-12-27', '성탄절 대체공휴일');

-- One settlement run (a Jakarta Batch job execution) for one business date; the batch runtime keeps its own
-- repository (bat_* tables), this row holds what staff ask about: who, which date, counts.
CREATE TABLE stl_run (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    business_date    DATE         NOT NULL,
    execution_id     BIGINT,
    requested_by     VARCHAR(100) NOT NULL,
    requested_at     DATETIME(6)  NOT NULL,
    transactions     BIGINT       NOT NULL DEFAULT 0,
    lines_written    BIGINT       NOT NULL DEFAULT 0,
    payouts          BIGINT       NOT NULL DEFAULT 0,
    KEY ix_stl_run_date (business_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The run's work list: the date's transactions not yet settled, numbered per partition so that readers page
-- through them by (run, partition, seq) and a checkpoint is one number.
CREATE TABLE stl_candidate (
    run_id          BIGINT      NOT NULL,
    part            INT         NOT NULL,
    seq             BIGINT      NOT NULL,
    transaction_key VARCHAR(80) NOT NULL,
    payment_key     VARCHAR(40) NOT NULL,
    order_id        VARCHAR(64) NOT NULL,
    merchant_id     VARCHAR(32) NOT NULL,
    mode            VARCHAR(4)  NOT NULL,
    method          VARCHAR(20) NOT NULL,
    amount          BIGINT      NOT NULL,
    sold_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (run_id, part, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per transaction, ever: the unique transaction key makes a re-run or a resumed run harmless.
CREATE TABLE stl_line (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    transaction_key VARCHAR(80) NOT NULL,
    payment_key     VARCHAR(40) NOT NULL,
    order_id        VARCHAR(64) NOT NULL,
    merchant_id     VARCHAR(32) NOT NULL,
    mode            VARCHAR(4)  NOT NULL,
    method          VARCHAR(20) NOT NULL,
    amount          BIGINT      NOT NULL,
    fee             BIGINT      NOT NULL,
    vat             BIGINT      NOT NULL,
    payout_amount   BIGINT      NOT NULL,
    sold_date       DATE        NOT NULL,
    payout_date     DATE        NOT NULL,
    run_id          BIGINT      NOT NULL,
    posted          BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_stl_line_transaction UNIQUE (transaction_key),
    KEY ix_stl_line_payout (merchant_id, mode, payout_date),
    KEY ix_stl_line_sold (merchant_id, mode, sold_date),
    KEY ix_stl_line_unposted (posted, merchant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What one merchant receives in one mode on one payout date; recomputed from the lines while SCHEDULED.
CREATE TABLE stl_payout (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    merchant_id    VARCHAR(32) NOT NULL,
    mode           VARCHAR(4)  NOT NULL,
    payout_date    DATE        NOT NULL,
    gross_amount   BIGINT      NOT NULL,
    fee_amount     BIGINT      NOT NULL,
    vat_amount     BIGINT      NOT NULL,
    net_amount     BIGINT      NOT NULL,
    carried_over   BIGINT      NOT NULL,
    payout_amount  BIGINT      NOT NULL,
    status         VARCHAR(10) NOT NULL,
    paid_at        DATETIME(6),
    CONSTRAINT uq_stl_payout UNIQUE (merchant_id, mode, payout_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The run selects a date's approvals and cancels by their time.
CREATE INDEX ix_pay_payment_approved ON pay_payment (approved_at);
CREATE INDEX ix_pay_cancel_canceled ON pay_cancel (canceled_at);
