-- A line is written once per transaction, and its primary key (merchant, mode, sold date, transaction key) is
-- already unique per transaction: a transaction's merchant, mode and sold date never change, so a second line for
-- it collides on the primary key just as it did on the separate unique transaction key. That second B-tree, of
-- random keys across all lines, cost the settlement job as much database time as the clustered one; the job now
-- looks a transaction up by the primary key (its merchant, mode and the run's date are known) and the index goes.
ALTER TABLE stl_line DROP INDEX uq_stl_line_transaction;
