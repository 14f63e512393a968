using Dapper;
using Microsoft.Extensions.Options;
using OutlookReferral.Identity;
using OutlookReferral.Platform;
using OutlookReferral.Storage;

namespace OutlookReferral.FollowUps;

public sealed class ScanOptions
{
    /// <summary>Minutes between background scans of every rep; 0 turns them off.</summary>
    public int IntervalMinutes { get; set; } = 15;

    /// <summary>Reps not seen for longer than this are no longer scanned in the background.</summary>
    public int ForgetRepsAfterDays { get; set; } = 30;
}

/// <summary>The reps who use the product: the background scan works through them.</summary>
public sealed class RepRegistry(Database database, MailboxClock clock)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RepId, DateTimeOffset> noted = new();

    /// <summary>Notes that a rep is active; at most one write an hour per rep.</summary>
    public async Task SeenAsync(RepId rep, CancellationToken ct = default)
    {
        var now = clock.Now;
        if (noted.TryGetValue(rep, out var last) && now - last < TimeSpan.FromHours(1))
        {
            return;
        }
        noted[rep] = now;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE reps SET last_seen_at = @now WHERE tenant_id = @TenantId AND user_id = @UserId;
            INSERT INTO reps (tenant_id, user_id, last_seen_at) SELECT @TenantId, @UserId, @now
            WHERE NOT EXISTS (SELECT 1 FROM reps WHERE tenant_id = @TenantId AND user_id = @UserId);
            """, new { rep.TenantId, rep.UserId, now }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<RepId>> ActiveAsync(TimeSpan within, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string TenantId, string UserId)>(new CommandDefinition(
            "SELECT tenant_id, user_id FROM reps WHERE last_seen_at >= @since", new { since = clock.Now - within }, cancellationToken: ct));
        return rows.Select(r => new RepId(r.TenantId, r.UserId)).ToList();
    }
}

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
