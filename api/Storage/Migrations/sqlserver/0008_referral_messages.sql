-- The messages of each referral's story, as the last scan classified them: the timeline and the
-- sources view read them without a Graph round trip. A scan replaces a referral's rows whole.
CREATE TABLE dbo.referral_messages (
    tenant_id   NVARCHAR(64)   NOT NULL,
    user_id     NVARCHAR(64)   NOT NULL,
    referral_id NVARCHAR(64)   NOT NULL CONSTRAINT fk_referral_messages_referral REFERENCES dbo.referrals (id) ON DELETE CASCADE,
    message_id  NVARCHAR(512)  NOT NULL,
    kind        NVARCHAR(32)   NOT NULL,
    at          DATETIMEOFFSET NOT NULL,
    subject     NVARCHAR(512)  NOT NULL
);

-- Message ids are up to 512 characters, past an index key's limit: rows are unique because a scan
-- replaces a referral's rows whole, in one transaction.
CREATE INDEX ix_referral_messages_rep ON dbo.referral_messages (tenant_id, user_id, referral_id);
