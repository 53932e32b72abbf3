-- A scheduled job's run for one date, claimed by the first server that fires it: every server of a cluster runs
-- the same timers, and only the one whose insert succeeds does the work (the nightly settlement, the payouts).
CREATE TABLE sch_claim (
    job           VARCHAR(40)  NOT NULL,
    business_date DATE         NOT NULL,
    claimed_by    VARCHAR(100) NOT NULL,
    claimed_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (job, business_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
