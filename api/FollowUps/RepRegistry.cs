using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Platform;
using OutlookReferral.Storage;

namespace OutlookReferral.FollowUps;

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
