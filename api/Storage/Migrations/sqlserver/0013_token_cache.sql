-- Microsoft.Identity.Web's token cache in SQL Server (TokenCache:Distributed=true with Storage:Provider=SqlServer), so any
-- instance can scan any rep in the background. The shape is the one Microsoft.Extensions.Caching.SqlServer reads and
-- writes (its `dotnet sql-cache create` tool makes the same table): Id, Value, ExpiresAtTime, SlidingExpirationInSeconds,
-- AbsoluteExpiration, and the index on ExpiresAtTime its expired-item sweep uses. TokenCacheSetup names it.
CREATE TABLE dbo.token_cache (
    Id                         NVARCHAR(449)   COLLATE SQL_Latin1_General_CP1_CS_AS NOT NULL,
    Value                      VARBINARY(MAX)  NOT NULL,
    ExpiresAtTime              DATETIMEOFFSET  NOT NULL,
    SlidingExpirationInSeconds BIGINT          NULL,
    AbsoluteExpiration         DATETIMEOFFSET  NULL,
    CONSTRAINT pk_token_cache PRIMARY KEY (Id)
);

CREATE NONCLUSTERED INDEX ix_token_cache_expires_at ON dbo.token_cache (ExpiresAtTime);
