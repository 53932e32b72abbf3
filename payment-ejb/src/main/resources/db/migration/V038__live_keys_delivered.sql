-- When the owner took the live keys in the dashboard (once, after the approval): the secret key issued at the
-- approval is then replaced by one only the owner has seen.
ALTER TABLE mer_merchant ADD COLUMN live_keys_delivered_at DATETIME(6) NULL;
