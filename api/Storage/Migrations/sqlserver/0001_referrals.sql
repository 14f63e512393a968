-- Referrals the rep tracks, and the latest follow-up status a scan found for each.
-- Every row carries its rep: tenant id + user object id.
CREATE TABLE dbo.referrals (
    id               NVARCHAR(64)   NOT NULL CONSTRAINT pk_referrals PRIMARY KEY,
    tenant_id        NVARCHAR(64)   NOT NULL,
    user_id          NVARCHAR(64)   NOT NULL,
    prospect_name    NVARCHAR(200)  NOT NULL,
    prospect_address NVARCHAR(320)  NOT NULL,
    source_name      NVARCHAR(200)  NOT NULL,
    source_address   NVARCHAR(320)  NOT NULL,
    introduced_at    DATETIMEOFFSET NOT NULL,
    closed_at        DATETIMEOFFSET NULL,
    close_outcome    NVARCHAR(32)   NULL,
    created_at       DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_referrals_rep ON dbo.referrals (tenant_id, user_id, prospect_address);

CREATE TABLE dbo.followup_status (
    referral_id                NVARCHAR(64)   NOT NULL CONSTRAINT pk_followup_status PRIMARY KEY
                               CONSTRAINT fk_followup_status_referral REFERENCES dbo.referrals (id) ON DELETE CASCADE,
    tenant_id                  NVARCHAR(64)   NOT NULL,
    user_id                    NVARCHAR(64)   NOT NULL,
    state                      NVARCHAR(32)   NOT NULL,
    silent_days                INT            NULL,
    next_step                  NVARCHAR(32)   NULL,
    next_step_due_at           DATETIMEOFFSET NULL,
    paused_until               NVARCHAR(10)   NULL,
    last_touch_message_id      NVARCHAR(512)  NULL,
    last_touch_conversation_id NVARCHAR(512)  NULL,
    last_touch_subject         NVARCHAR(512)  NULL,
    last_touch_at              DATETIMEOFFSET NULL,
    last_answer_at             DATETIMEOFFSET NULL,
    touch_count                INT            NOT NULL,
    scanned_at                 DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_followup_status_rep ON dbo.followup_status (tenant_id, user_id);

CREATE TABLE dbo.scans (
    id             BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_scans PRIMARY KEY,
    tenant_id      NVARCHAR(64)   NOT NULL,
    user_id        NVARCHAR(64)   NOT NULL,
    started_at     DATETIMEOFFSET NOT NULL,
    finished_at    DATETIMEOFFSET NOT NULL,
    graph_requests INT            NOT NULL,
    messages_read  INT            NOT NULL,
    referrals      INT            NOT NULL
);

CREATE INDEX ix_scans_rep ON dbo.scans (tenant_id, user_id, finished_at);
