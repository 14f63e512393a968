using Quartz;

namespace OutlookReferral.FollowUps;

/// <summary>Brings the reps' scan jobs up to date with who is active; one node at a time in the cluster.</summary>
[DisallowConcurrentExecution]
public sealed class ScanRosterJob(ScanRoster roster) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await roster.SyncAsync(context.Scheduler, cancellationToken);
}
