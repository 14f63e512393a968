using Quartz;

namespace OutlookReferral.Notifications;

/// <summary>A rep's rescan because Graph said new mail came. Never two at once for one rep; the scan itself is shared with the pane's.</summary>
[DisallowConcurrentExecution]
public sealed class NotifiedScanJob(MailboxRescan rescan, IHostApplicationLifetime lifetime, ILogger<NotifiedScanJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var rep = RescanDebouncer.RepOf(context.MergedJobDataMap);
        try
        {
            await rescan(rep, cancellationToken);
            logger.LogInformation("Rescanned {Tenant}/{User} on new mail", rep.TenantId, rep.UserId);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Stopping with the host; the interval scan picks the mail up.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The rep's own failure (token, mailbox): the interval scan tries again.
            logger.LogWarning(ex, "Rescan on new mail of {Tenant}/{User} failed", rep.TenantId, rep.UserId);
        }
    }
}
