-- Meetings with referred prospects, as the last scan judged them, with their attendance evidence
-- and the rep's own word where nothing else could settle it.
CREATE TABLE dbo.meetings (
    tenant_id          NVARCHAR(64)   NOT NULL,
    user_id            NVARCHAR(64)   NOT NULL,
    event_id           NVARCHAR(256)  NOT NULL,
    referral_id        NVARCHAR(64)   NOT NULL CONSTRAINT fk_meetings_referral REFERENCES dbo.referrals (id) ON DELETE CASCADE,
    subject            NVARCHAR(512)  NOT NULL,
    start_at           DATETIMEOFFSET NOT NULL,
    end_at             DATETIMEOFFSET NOT NULL,
    outcome            NVARCHAR(32)   NOT NULL,
    evidence           NVARCHAR(32)   NULL,
    attendance         NVARCHAR(16)   NULL,
    attendance_records NVARCHAR(MAX)  NULL,
    first_checked_at   DATETIMEOFFSET NULL,
    settlement         NVARCHAR(16)   NULL,
    updated_at         DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_meetings PRIMARY KEY (tenant_id, user_id, event_id, referral_id)
);

-- Reps who have used the product: the background scan works through them.
CREATE TABLE dbo.reps (
    tenant_id    NVARCHAR(64)   NOT NULL,
    user_id      NVARCHAR(64)   NOT NULL,
    last_seen_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_reps PRIMARY KEY (tenant_id, user_id)
);
