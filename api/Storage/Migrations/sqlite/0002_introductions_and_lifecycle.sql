-- Referrals remember the thread that introduced them, a snooze date and a closing note.
ALTER TABLE referrals ADD COLUMN conversation_id TEXT NULL;
ALTER TABLE referrals ADD COLUMN introduction_message_id TEXT NULL;
ALTER TABLE referrals ADD COLUMN snoozed_until TEXT NULL;
ALTER TABLE referrals ADD COLUMN close_note TEXT NULL;

-- Introductions found in the mail, waiting for the rep to track or dismiss them.
-- One row per rep, thread and prospect: a dismissed suggestion is never suggested again.
CREATE TABLE introduction_suggestions (
    id               TEXT NOT NULL PRIMARY KEY,
    tenant_id        TEXT NOT NULL,
    user_id          TEXT NOT NULL,
    message_id       TEXT NOT NULL,
    conversation_id  TEXT NOT NULL,
    subject          TEXT NOT NULL,
    received_at      TEXT NOT NULL,
    kind             TEXT NOT NULL,
    source_name      TEXT NOT NULL,
    source_address   TEXT NOT NULL,
    prospect_name    TEXT NOT NULL,
    prospect_address TEXT NOT NULL,
    status           TEXT NOT NULL,
    referral_id      TEXT NULL,
    created_at       TEXT NOT NULL,
    decided_at       TEXT NULL,
    CONSTRAINT uq_introduction_suggestions UNIQUE (tenant_id, user_id, conversation_id, prospect_address)
);

CREATE INDEX ix_introduction_suggestions_rep ON introduction_suggestions (tenant_id, user_id, status);
