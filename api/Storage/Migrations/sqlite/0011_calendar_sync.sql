-- The rep's calendar as the last calendarView delta round left it (issue 13): a rescan asks Graph only what
-- changed since. One row per rep holds the kept range and its delta link; one row per timed event in it holds
-- what the detectors read of the event (a MeetingItem as JSON).
CREATE TABLE calendar_sync (
    tenant_id    TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    window_start TEXT NOT NULL,
    window_end   TEXT NOT NULL,
    delta_link   TEXT NOT NULL,
    synced_at    TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);

CREATE TABLE calendar_events (
    tenant_id TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    start_at  TEXT NOT NULL,
    end_at    TEXT NOT NULL,
    item      TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, event_id)
);
