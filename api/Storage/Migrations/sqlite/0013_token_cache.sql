-- The token cache in SQL Server (sqlserver/0013_token_cache.sql) has no SQLite counterpart: with SQLite the API keeps
-- Microsoft.Identity.Web's tokens in memory or in the host's own IDistributedCache. Kept so both providers number alike.
SELECT 1;
