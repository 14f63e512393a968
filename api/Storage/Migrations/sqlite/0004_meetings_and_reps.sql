-- Meetings with referred prospects, as the last scan judged them, with their attendance evidence
-- and the rep's own word where nothing else could settle it.
CREATE TABLE meetings (
    tenant_id          TEXT NOT NULL,
    user_id            TEXT NOT NULL,
    event_id           TEXT NOT NULL,
    referral_id        TEXT NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    subject            TEXT NOT NULL,
    start_at           TEXT NOT NULL,
    end_at             TEXT NOT NULL,
    outcome            TEXT NOT NULL,
    evidence           TEXT NULL,
    attendance         TEXT NULL,
    attendance_records TEXT NULL,
    first_checked_at   TEXT NULL,
    settlement         TEXT NULL,
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, event_id, referral_id)
);

-- Reps who have used the product: the background scan works through them.
CREATE TABLE reps (
    tenant_id    TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
