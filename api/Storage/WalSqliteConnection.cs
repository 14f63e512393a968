using Microsoft.Data.Sqlite;

namespace OutlookReferral.Storage;

/// <summary>
/// A SQLite connection that syncs the disk only at checkpoints: in write-ahead-log mode (set by the migrator) NORMAL is
/// still safe against a crash of the process, and only a power cut may lose the last commits, which a scan makes again.
/// FULL, SQLite's default, syncs at every commit; a scan commits about eight times and Quartz about four per job.
/// https://www.sqlite.org/pragma.html#pragma_synchronous. Our stores and Quartz's job store both open these.
/// </summary>
public sealed class WalSqliteConnection : SqliteConnection
{
    public WalSqliteConnection()
    {
    }

    public WalSqliteConnection(string connectionString)
        : base(connectionString)
    {
    }

    public override void Open()
    {
        base.Open();
        using var pragma = CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL";
        pragma.ExecuteNonQuery();
    }
}
