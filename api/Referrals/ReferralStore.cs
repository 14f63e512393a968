using Dapper;
using OutlookReferral.FollowUps;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Referrals;

/// <summary>One referral and, when a scan has seen it, its latest follow-up status (a database row).</summary>
/// <remarks>A class with setters: Dapper maps SQLite's text timestamps and 64-bit integers through them.</remarks>
public sealed class ReferralRecord
{
    public string Id { get; init; } = "";
    public string ProspectName { get; init; } = "";
    public string ProspectAddress { get; init; } = "";
    public string SourceName { get; init; } = "";
    public string SourceAddress { get; init; } = "";
    public DateTimeOffset IntroducedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? CloseOutcome { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? State { get; init; }
    public int? SilentDays { get; init; }
    public string? NextStep { get; init; }
    public DateTimeOffset? NextStepDueAt { get; init; }
    public string? PausedUntil { get; init; }
    public string? LastTouchMessageId { get; init; }
    public string? LastTouchConversationId { get; init; }
    public string? LastTouchSubject { get; init; }
    public DateTimeOffset? LastTouchAt { get; init; }
    public DateTimeOffset? LastAnswerAt { get; init; }
    public int? TouchCount { get; init; }
    public DateTimeOffset? ScannedAt { get; init; }

    public TrackedReferral AsTracked() => new(
        Id, new Party(ProspectName, ProspectAddress), new Party(SourceName, SourceAddress), IntroducedAt, ClosedAt is not null);
}

/// <summary>Referrals of one rep. Every statement filters on the rep: ids alone never reach another's rows.</summary>
public sealed class ReferralStore(Database database)
{
    private const string SelectReferrals = """
        SELECT r.id, r.prospect_name AS ProspectName, r.prospect_address AS ProspectAddress,
               r.source_name AS SourceName, r.source_address AS SourceAddress, r.introduced_at AS IntroducedAt,
               r.closed_at AS ClosedAt, r.close_outcome AS CloseOutcome, r.created_at AS CreatedAt,
               s.state, s.silent_days AS SilentDays, s.next_step AS NextStep, s.next_step_due_at AS NextStepDueAt,
               s.paused_until AS PausedUntil, s.last_touch_message_id AS LastTouchMessageId,
               s.last_touch_conversation_id AS LastTouchConversationId, s.last_touch_subject AS LastTouchSubject,
               s.last_touch_at AS LastTouchAt, s.last_answer_at AS LastAnswerAt, s.touch_count AS TouchCount,
               s.scanned_at AS ScannedAt
        FROM referrals r
        LEFT JOIN followup_status s ON s.referral_id = r.id AND s.tenant_id = r.tenant_id AND s.user_id = r.user_id
        WHERE r.tenant_id = @TenantId AND r.user_id = @UserId
        """;

    public async Task<IReadOnlyList<ReferralRecord>> ListAsync(RepId rep, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<ReferralRecord>(
            new CommandDefinition(SelectReferrals + " ORDER BY r.introduced_at DESC", rep, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<ReferralRecord?> FindAsync(RepId rep, string id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ReferralRecord>(
            new CommandDefinition(SelectReferrals + " AND r.id = @id", new { rep.TenantId, rep.UserId, id }, cancellationToken: ct));
    }

    private const string InsertReferral = """
        INSERT INTO referrals (id, tenant_id, user_id, prospect_name, prospect_address, source_name, source_address,
                               introduced_at, closed_at, close_outcome, created_at)
        VALUES (@Id, @TenantId, @UserId, @ProspectName, @ProspectAddress, @SourceName, @SourceAddress,
                @IntroducedAt, @ClosedAt, @CloseOutcome, @CreatedAt)
        """;

    /// <summary>Adds referrals in one transaction: all or nothing.</summary>
    public async Task AddAsync(RepId rep, IEnumerable<NewReferral> referrals, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var r in referrals)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertReferral, new
            {
                r.Id, rep.TenantId, rep.UserId,
                ProspectName = r.Prospect.Name, ProspectAddress = Address.Normalize(r.Prospect.Address),
                SourceName = r.Source.Name, SourceAddress = Address.Normalize(r.Source.Address),
                IntroducedAt = r.IntroducedAt.ToUniversalTime(), ClosedAt = r.ClosedAt?.ToUniversalTime(), r.CloseOutcome,
                CreatedAt = now,
            }, transaction, cancellationToken: ct));
        }
        await transaction.CommitAsync(ct);
    }

    public async Task<int> CountAsync(RepId rep, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM referrals WHERE tenant_id = @TenantId AND user_id = @UserId", rep, cancellationToken: ct));
    }
}

/// <summary>A referral about to be stored.</summary>
public sealed record NewReferral(string Id, Party Prospect, Party Source, DateTimeOffset IntroducedAt, DateTimeOffset? ClosedAt = null, string? CloseOutcome = null)
{
    public static string NewId() => Guid.NewGuid().ToString("N");
}
