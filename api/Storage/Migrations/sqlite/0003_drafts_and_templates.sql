-- The step the cadence will ask for next, even before it is due ("second note from 26 Nov").
ALTER TABLE followup_status ADD COLUMN upcoming_step TEXT NULL;

-- A rep's own wording for a step; absent rows mean our default wording.
CREATE TABLE templates (
    tenant_id  TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    step       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, step)
);

-- The draft made for a referral's step: a second click returns it while it is still in Drafts.
CREATE TABLE drafts (
    tenant_id   TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    step        TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, referral_id, step)
);
