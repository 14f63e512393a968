using Quartz;

namespace OutlookReferral.FollowUps;

/// <summary>
/// One rep's background scan. Quartz fires it once per interval on whichever node acquires its trigger, never
/// twice at once for the same rep (each rep is their own job). In a tenant it acts through the rep's cached token
/// or app-only access; a rep whose token is gone fails here until they open the pane again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RepScanJob(RepScanner scanner, IHostApplicationLifetime lifetime, ILogger<RepScanJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var rep = ScanRoster.RepOf(context.MergedJobDataMap);
        try
        {
            var result = await scanner.ScanAsync(rep, cancellationToken);
            context.Result = result.GraphRequests;
            logger.LogInformation("Background scan of {Tenant}/{User} on {Instance}: {Referrals} referrals, {Requests} Graph requests",
                rep.TenantId, rep.UserId, context.Scheduler.SchedulerInstanceId, result.Referrals.Count, result.GraphRequests);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The host is stopping and the scan stopped with it: not the rep's failure; the next interval scans again.
            logger.LogInformation("Background scan of {Tenant}/{User} stopped with the host", rep.TenantId, rep.UserId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One rep's expired token or mailbox error is theirs alone: the next interval tries again.
            logger.LogWarning(ex, "Background scan of {Tenant}/{User} failed", rep.TenantId, rep.UserId);
        }
    }
}
