using System.Data.Common;
using OutlookReferral.Storage;
using Quartz.Impl.AdoJobStore.Common;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Quartz's SQLite provider, opening the same connections as our stores (<see cref="WalSqliteConnection"/>): a job's
/// acquire, fire and complete are each a commit, and at SQLite's default every commit waits for the disk.
/// </summary>
public sealed class QuartzSqliteProvider(Database database) : DbProvider("SQLite-Microsoft", database.ConnectionString)
{
    public override DbConnection CreateConnection() => new WalSqliteConnection(ConnectionString);
}
