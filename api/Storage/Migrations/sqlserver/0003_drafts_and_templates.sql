-- The step the cadence will ask for next, even before it is due ("second note from 26 Nov").
ALTER TABLE dbo.followup_status ADD upcoming_step NVARCHAR(32) NULL;

-- A rep's own wording for a step; absent rows mean our default wording.
CREATE TABLE dbo.templates (
    tenant_id  NVARCHAR(64)   NOT NULL,
    user_id    NVARCHAR(64)   NOT NULL,
    step       NVARCHAR(32)   NOT NULL,
    subject    NVARCHAR(255)  NOT NULL,
    body       NVARCHAR(MAX)  NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_templates PRIMARY KEY (tenant_id, user_id, step)
);

-- The draft made for a referral's step: a second click returns it while it is still in Drafts.
CREATE TABLE dbo.drafts (
    tenant_id   NVARCHAR(64)   NOT NULL,
    user_id     NVARCHAR(64)   NOT NULL,
    referral_id NVARCHAR(64)   NOT NULL CONSTRAINT fk_drafts_referral REFERENCES dbo.referrals (id) ON DELETE CASCADE,
    step        NVARCHAR(32)   NOT NULL,
    message_id  NVARCHAR(512)  NOT NULL,
    created_at  DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_drafts PRIMARY KEY (tenant_id, user_id, referral_id, step)
);
