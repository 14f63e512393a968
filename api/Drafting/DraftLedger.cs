using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Drafting;

/// <summary>Which draft was made for which referral and step: what makes a second click return the same draft.</summary>
public sealed class DraftLedger(Database database)
{
    public async Task<string?> FindAsync(RepId rep, string referralId, CadenceStep step, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT message_id FROM drafts WHERE tenant_id = @TenantId AND user_id = @UserId AND referral_id = @referralId AND step = @step",
            new { rep.TenantId, rep.UserId, referralId, step = Kebab.Name(step) }, cancellationToken: ct));
    }

    public async Task RecordAsync(RepId rep, string referralId, CadenceStep step, string messageId, DateTimeOffset now, CancellationToken ct = default)
    {
        var key = new { rep.TenantId, rep.UserId, referralId, step = Kebab.Name(step), messageId, now };
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM drafts WHERE tenant_id = @TenantId AND user_id = @UserId AND referral_id = @referralId AND step = @step",
            key, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO drafts (tenant_id, user_id, referral_id, step, message_id, created_at)
            VALUES (@TenantId, @UserId, @referralId, @step, @messageId, @now)
            """, key, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }
}
