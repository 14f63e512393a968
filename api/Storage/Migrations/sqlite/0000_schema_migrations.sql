-- Which numbered scripts have run. Runs before every migration pass, so it must stay idempotent.
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    TEXT NOT NULL PRIMARY KEY,
    applied_at TEXT NOT NULL
);
