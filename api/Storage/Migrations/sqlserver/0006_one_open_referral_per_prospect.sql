-- A rep tracks a prospect once at a time. Checking before inserting let parallel clicks through, so the
-- database says it: at most one open referral per rep and prospect (a filtered unique index). The API
-- answers a violation with 409 and the id of the referral that exists.
-- Duplicates made before this rule are closed first (the oldest stays open), or the index could not be built.
UPDATE r
SET closed_at = r.created_at, close_outcome = N'not-now',
    close_note = N'Closed automatically: this prospect was tracked twice, and the first referral stays open.'
FROM dbo.referrals r
WHERE r.closed_at IS NULL
  AND EXISTS (SELECT 1 FROM dbo.referrals o
              WHERE o.tenant_id = r.tenant_id AND o.user_id = r.user_id
                AND o.prospect_address = r.prospect_address AND o.closed_at IS NULL
                AND (o.created_at < r.created_at OR (o.created_at = r.created_at AND o.id < r.id)));

CREATE UNIQUE INDEX ux_referrals_open_prospect ON dbo.referrals (tenant_id, user_id, prospect_address) WHERE closed_at IS NULL;
