using Microsoft.Extensions.Options;
using OutlookReferral.Platform;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Scans every active rep on a schedule, so no-shows and silences are found without anyone clicking and
/// the pane's list is instant. In a tenant it acts through each rep's cached token or app-only access;
/// a rep whose token is gone is skipped until they open the pane again.
/// </summary>
public sealed class ScanSchedule(RepRegistry reps, RepScanner scanner, IOptions<ScanOptions> options, ILogger<ScanSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntervalMinutes <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes));
        do
        {
            foreach (var rep in await reps.ActiveAsync(TimeSpan.FromDays(options.Value.ForgetRepsAfterDays), stoppingToken))
            {
                try
                {
                    var result = await scanner.ScanAsync(rep, stoppingToken);
                    logger.LogInformation("Background scan of {Tenant}/{User}: {Referrals} referrals, {Requests} Graph requests",
                        rep.TenantId, rep.UserId, result.Referrals.Count, result.GraphRequests);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One rep's expired token or mailbox error must not stop the others.
                    logger.LogWarning(ex, "Background scan of {Tenant}/{User} failed", rep.TenantId, rep.UserId);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
