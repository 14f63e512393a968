-- The messages of each referral's story, as the last scan classified them: the timeline and the
-- sources view read them without a Graph round trip. A scan replaces a referral's rows whole.
CREATE TABLE referral_messages (
    tenant_id   TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    message_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    at          TEXT NOT NULL,
    subject     TEXT NOT NULL
);

-- Rows are unique because a scan replaces a referral's rows whole, in one transaction.
CREATE INDEX ix_referral_messages_rep ON referral_messages (tenant_id, user_id, referral_id);
