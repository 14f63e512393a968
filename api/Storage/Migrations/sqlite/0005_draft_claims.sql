-- Who is writing the draft for a referral's step right now. An instance claims the step before it
-- asks Graph for a draft and deletes its claim when done, so two instances over one database never
-- make two drafts; a claim older than Drafting:ClaimExpiresAfter (a crashed instance) may be taken over.
CREATE TABLE draft_claims (
    tenant_id   TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    step        TEXT NOT NULL,
    claim_token TEXT NOT NULL,
    claimed_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, referral_id, step)
);
