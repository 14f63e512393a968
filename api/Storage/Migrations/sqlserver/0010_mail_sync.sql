-- Incremental mail scans (issue 13): each folder is read with Graph's delta query, and what the detectors need of
-- the scan window is kept here, so a rescan reads only what changed.

-- The delta link of the last complete round, one per rep per folder ("inbox", "sentitems"); none means a full sync.
CREATE TABLE dbo.mail_delta_links (
    tenant_id  NVARCHAR(64)  NOT NULL,
    user_id    NVARCHAR(64)  NOT NULL,
    folder     NVARCHAR(16)  NOT NULL,
    delta_link NVARCHAR(MAX) NOT NULL,
    CONSTRAINT pk_mail_delta_links PRIMARY KEY (tenant_id, user_id, folder)
);

-- Every message of the window: when, and who (address and shown name, in message order) for the correspondents
-- index; "kept" holds the whole message (JSON) when it involves a tracked address or may be an introduction.
-- Message ids run to 512 characters: past a clustered key's 900 bytes, within a nonclustered key's 1,700.
CREATE TABLE dbo.mail_messages (
    tenant_id    NVARCHAR(64)   NOT NULL,
    user_id      NVARCHAR(64)   NOT NULL,
    message_id   NVARCHAR(512)  NOT NULL,
    folder       TINYINT        NOT NULL,
    at           DATETIMEOFFSET NOT NULL,
    participants NVARCHAR(MAX)  NOT NULL,
    kept         NVARCHAR(MAX)  NULL,
    CONSTRAINT pk_mail_messages PRIMARY KEY NONCLUSTERED (tenant_id, user_id, message_id)
);

CREATE INDEX ix_mail_messages_at ON dbo.mail_messages (tenant_id, user_id, at);

-- The addresses whose mail is kept: a newly tracked address is not, until its history is fetched.
CREATE TABLE dbo.mail_kept_addresses (
    tenant_id NVARCHAR(64)  NOT NULL,
    user_id   NVARCHAR(64)  NOT NULL,
    address   NVARCHAR(320) NOT NULL,
    CONSTRAINT pk_mail_kept_addresses PRIMARY KEY NONCLUSTERED (tenant_id, user_id, address)
);
