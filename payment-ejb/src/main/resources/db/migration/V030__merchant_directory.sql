-- What merchant publishes to settlement, which walks every merchant's books and lists payouts by merchant: the
-- merchants' ids and names, so that nobody else names mer_merchant (see V029 for why a view, MERGE and INVOKER).
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW mer_directory AS
SELECT m.id AS merchant_id,
       m.name
FROM mer_merchant m;
