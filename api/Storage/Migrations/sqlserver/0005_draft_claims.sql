-- Who is writing the draft for a referral's step right now. An instance claims the step before it
-- asks Graph for a draft and deletes its claim when done, so two instances over one database never
-- make two drafts; a claim older than Drafting:ClaimExpiresAfter (a crashed instance) may be taken over.
CREATE TABLE dbo.draft_claims (
    tenant_id   NVARCHAR(64)   NOT NULL,
    user_id     NVARCHAR(64)   NOT NULL,
    referral_id NVARCHAR(64)   NOT NULL CONSTRAINT fk_draft_claims_referral REFERENCES dbo.referrals (id) ON DELETE CASCADE,
    step        NVARCHAR(32)   NOT NULL,
    claim_token NVARCHAR(64)   NOT NULL,
    claimed_at  DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_draft_claims PRIMARY KEY (tenant_id, user_id, referral_id, step)
);
