-- Referrals remember the thread that introduced them, a snooze date and a closing note.
ALTER TABLE dbo.referrals ADD
    conversation_id         NVARCHAR(512)  NULL,
    introduction_message_id NVARCHAR(512)  NULL,
    snoozed_until           DATETIMEOFFSET NULL,
    close_note              NVARCHAR(2000) NULL;

-- Introductions found in the mail, waiting for the rep to track or dismiss them.
-- One row per rep, thread and prospect: a dismissed suggestion is never suggested again.
CREATE TABLE dbo.introduction_suggestions (
    id               NVARCHAR(64)   NOT NULL CONSTRAINT pk_introduction_suggestions PRIMARY KEY,
    tenant_id        NVARCHAR(64)   NOT NULL,
    user_id          NVARCHAR(64)   NOT NULL,
    message_id       NVARCHAR(512)  NOT NULL,
    conversation_id  NVARCHAR(256)  NOT NULL,
    subject          NVARCHAR(512)  NOT NULL,
    received_at      DATETIMEOFFSET NOT NULL,
    kind             NVARCHAR(32)   NOT NULL,
    source_name      NVARCHAR(200)  NOT NULL,
    source_address   NVARCHAR(320)  NOT NULL,
    prospect_name    NVARCHAR(200)  NOT NULL,
    prospect_address NVARCHAR(320)  NOT NULL,
    status           NVARCHAR(16)   NOT NULL,
    referral_id      NVARCHAR(64)   NULL,
    created_at       DATETIMEOFFSET NOT NULL,
    decided_at       DATETIMEOFFSET NULL,
    CONSTRAINT uq_introduction_suggestions UNIQUE (tenant_id, user_id, conversation_id, prospect_address)
);

CREATE INDEX ix_introduction_suggestions_rep ON dbo.introduction_suggestions (tenant_id, user_id, status);
