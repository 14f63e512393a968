-- A rep tracks a prospect once at a time. Checking before inserting let parallel clicks through, so the
-- database says it: at most one open referral per rep and prospect. The API answers a violation with 409
-- and the id of the referral that exists.
-- Duplicates made before this rule are closed first (the oldest stays open), or the index could not be built.
UPDATE referrals
SET closed_at = created_at, close_outcome = 'not-now',
    close_note = 'Closed automatically: this prospect was tracked twice, and the first referral stays open.'
WHERE closed_at IS NULL
  AND EXISTS (SELECT 1 FROM referrals o
              WHERE o.tenant_id = referrals.tenant_id AND o.user_id = referrals.user_id
                AND o.prospect_address = referrals.prospect_address AND o.closed_at IS NULL
                AND (o.created_at < referrals.created_at OR (o.created_at = referrals.created_at AND o.id < referrals.id)));

CREATE UNIQUE INDEX ux_referrals_open_prospect ON referrals (tenant_id, user_id, prospect_address) WHERE closed_at IS NULL;
