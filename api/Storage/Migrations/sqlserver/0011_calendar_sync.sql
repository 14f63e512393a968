-- The rep's calendar as the last calendarView delta round left it (issue 13): a rescan asks Graph only what
-- changed since. One row per rep holds the kept range and its delta link; one row per timed event in it holds
-- what the detectors read of the event (a MeetingItem as JSON).
CREATE TABLE dbo.calendar_sync (
    tenant_id    NVARCHAR(64)   NOT NULL,
    user_id      NVARCHAR(64)   NOT NULL,
    window_start DATETIMEOFFSET NOT NULL,
    window_end   DATETIMEOFFSET NOT NULL,
    delta_link   NVARCHAR(MAX)  NOT NULL,
    synced_at    DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_calendar_sync PRIMARY KEY (tenant_id, user_id)
);

-- Event ids (occurrences' included) stay well under 512 characters; the key is within the 1,700 bytes a
-- nonclustered index allows.
CREATE TABLE dbo.calendar_events (
    tenant_id NVARCHAR(64)   NOT NULL,
    user_id   NVARCHAR(64)   NOT NULL,
    event_id  NVARCHAR(512)  NOT NULL,
    start_at  DATETIMEOFFSET NOT NULL,
    end_at    DATETIMEOFFSET NOT NULL,
    item      NVARCHAR(MAX)  NOT NULL,
    CONSTRAINT pk_calendar_events PRIMARY KEY NONCLUSTERED (tenant_id, user_id, event_id)
);
