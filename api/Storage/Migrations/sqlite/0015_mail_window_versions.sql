-- What each rep's stored mail window stands at (issue 13): a new random version in the same transaction as every
-- change to the rep's mail rows or kept addresses. An instance holding the window in memory uses it only while the
-- version is the one it knows, whichever instance scanned last; a scan that changed nothing leaves it alone.
-- "window_snapshot" is what a scan built on that version beyond the kept rows (the correspondents index, as JSON): an instance
-- that does not hold the window reads it and the kept rows instead of every row. A new version starts without one.
CREATE TABLE mail_window_versions (
    tenant_id TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    version   TEXT NOT NULL,
    window_snapshot TEXT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
