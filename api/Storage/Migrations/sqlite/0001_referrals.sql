-- Referrals the rep tracks, and the latest follow-up status a scan found for each.
-- Every row carries its rep: tenant id + user object id.
CREATE TABLE referrals (
    id               TEXT NOT NULL PRIMARY KEY,
    tenant_id        TEXT NOT NULL,
    user_id          TEXT NOT NULL,
    prospect_name    TEXT NOT NULL,
    prospect_address TEXT NOT NULL,
    source_name      TEXT NOT NULL,
    source_address   TEXT NOT NULL,
    introduced_at    TEXT NOT NULL,
    closed_at        TEXT NULL,
    close_outcome    TEXT NULL,
    created_at       TEXT NOT NULL
);

CREATE INDEX ix_referrals_rep ON referrals (tenant_id, user_id, prospect_address);

CREATE TABLE followup_status (
    referral_id                TEXT NOT NULL PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE,
    tenant_id                  TEXT NOT NULL,
    user_id                    TEXT NOT NULL,
    state                      TEXT NOT NULL,
    silent_days                INTEGER NULL,
    next_step                  TEXT NULL,
    next_step_due_at           TEXT NULL,
    paused_until               TEXT NULL,
    last_touch_message_id      TEXT NULL,
    last_touch_conversation_id TEXT NULL,
    last_touch_subject         TEXT NULL,
    last_touch_at              TEXT NULL,
    last_answer_at             TEXT NULL,
    touch_count                INTEGER NOT NULL,
    scanned_at                 TEXT NOT NULL
);

CREATE INDEX ix_followup_status_rep ON followup_status (tenant_id, user_id);

CREATE TABLE scans (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    finished_at    TEXT NOT NULL,
    graph_requests INTEGER NOT NULL,
    messages_read  INTEGER NOT NULL,
    referrals      INTEGER NOT NULL
);

CREATE INDEX ix_scans_rep ON scans (tenant_id, user_id, finished_at);
