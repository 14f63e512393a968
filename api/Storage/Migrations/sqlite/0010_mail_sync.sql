-- Incremental mail scans (issue 13): each folder is read with Graph's delta query, and what the detectors need of
-- the scan window is kept here, so a rescan reads only what changed.

-- The delta link of the last complete round, one per rep per folder ("inbox", "sentitems"); none means a full sync.
CREATE TABLE mail_delta_links (
    tenant_id  TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    folder     TEXT NOT NULL,
    delta_link TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, folder)
);

-- Every message of the window: when, and who (address and shown name, in message order) for the correspondents
-- index; "kept" holds the whole message (JSON) when it involves a tracked address or may be an introduction.
CREATE TABLE mail_messages (
    tenant_id    TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    message_id   TEXT    NOT NULL,
    folder       INTEGER NOT NULL,
    at           TEXT    NOT NULL,
    participants TEXT    NOT NULL,
    kept         TEXT    NULL,
    PRIMARY KEY (tenant_id, user_id, message_id)
);

CREATE INDEX ix_mail_messages_at ON mail_messages (tenant_id, user_id, at);

-- The addresses whose mail is kept: a newly tracked address is not, until its history is fetched.
CREATE TABLE mail_kept_addresses (
    tenant_id TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    address   TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, address)
);
