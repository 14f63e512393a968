using System.Data.Common;
using Quartz.Impl.AdoJobStore;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Quartz's SQL for SQLite, as its SQLiteDelegate writes it (LIMIT/OFFSET paging and row limits), without being a
/// SQLiteDelegate: Quartz refuses to cluster that type and forces an in-process lock on it, which holds within one
/// process only. This delegate runs with Quartz's UpdateRowLockHandler, whose lock is SQLite's own write lock.
/// </summary>
public sealed class ClusteredSqliteDelegate : StdAdoDelegate
{
    // A negative LIMIT is SQLite's way of writing an offset with no limit.
    protected override string ApplyPaging(string sql, bool takeLimited) =>
        takeLimited ? sql + " LIMIT @pageTake OFFSET @pageSkip" : sql + " LIMIT -1 OFFSET @pageSkip";

    protected override void AddPagingParameters(DbCommand cmd, int skip, int take, bool takeLimited)
    {
        // Bound in the order the clause names them, for providers that bind by position.
        if (takeLimited)
        {
            AddCommandParameter(cmd, "pageTake", take);
        }
        AddCommandParameter(cmd, "pageSkip", skip);
    }

    protected override SqlRowLimit GetRowLimit(int count) => SqlRowLimit.AtStatementEnd("LIMIT", count);
}
