-- Which numbered scripts have run. Runs before every migration pass, so it must stay idempotent.
IF OBJECT_ID(N'dbo.schema_migrations', N'U') IS NULL
BEGIN
    CREATE TABLE dbo.schema_migrations (
        version    NVARCHAR(128)  NOT NULL CONSTRAINT pk_schema_migrations PRIMARY KEY,
        applied_at DATETIMEOFFSET NOT NULL
    );
END;
