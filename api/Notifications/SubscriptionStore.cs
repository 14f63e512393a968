using System.Data.Common;
using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Notifications;

/// <summary>
/// One inbox subscription per rep (migration 0014: the key is the rep, so a second is refused by the database),
/// found by Graph's subscription id when a notification comes in.
/// </summary>
public sealed class SubscriptionStore(Database database)
{
    private const string Columns = "tenant_id, user_id, subscription_id, client_state, expires_at";

    private const string Selected =
        "tenant_id AS TenantId, user_id AS UserId, subscription_id AS SubscriptionId, client_state AS ClientState, expires_at AS ExpiresAt";

    /// <summary>The subscription a notification names; null when it is none of ours (deleted, or never made here).</summary>
    public async Task<MailSubscription?> FindAsync(string subscriptionId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Selected} FROM mail_subscriptions WHERE subscription_id = @subscriptionId", new { subscriptionId }, cancellationToken: ct));
        return row?.AsSubscription();
    }

    public async Task<IReadOnlyList<MailSubscription>> ListAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Selected} FROM mail_subscriptions", cancellationToken: ct));
        return rows.Select(r => r.AsSubscription()).ToList();
    }

    /// <summary>Keeps a new subscription; false when the rep already has one (another node made it first).</summary>
    public async Task<bool> AddAsync(MailSubscription subscription, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO mail_subscriptions ({Columns})
                VALUES (@TenantId, @UserId, @SubscriptionId, @ClientState, @ExpiresAt)
                """, Parameters(subscription), cancellationToken: ct));
            return true;
        }
        catch (DbException e) when (Database.IsUniqueViolation(e))
        {
            return false;
        }
    }

    public async Task RenewedAsync(string subscriptionId, DateTimeOffset expiresAt, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mail_subscriptions SET expires_at = @expiresAt WHERE subscription_id = @subscriptionId",
            new { subscriptionId, expiresAt }, cancellationToken: ct));
    }

    public async Task RemoveAsync(string subscriptionId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM mail_subscriptions WHERE subscription_id = @subscriptionId", new { subscriptionId }, cancellationToken: ct));
    }

    private static object Parameters(MailSubscription s) =>
        new { s.Rep.TenantId, s.Rep.UserId, s.SubscriptionId, s.ClientState, s.ExpiresAt };

    private sealed record Row(string TenantId, string UserId, string SubscriptionId, string ClientState, DateTimeOffset ExpiresAt)
    {
        public MailSubscription AsSubscription() => new(new RepId(TenantId, UserId), SubscriptionId, ClientState, ExpiresAt);
    }
}
