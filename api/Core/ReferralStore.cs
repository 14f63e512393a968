using System.Data.Common;
using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Core;

/// <summary>Referrals of one rep. Every statement filters on the rep: ids alone never reach another's rows.</summary>
public sealed class ReferralStore(Database database)
{
    private const string SelectReferrals = """
        SELECT r.id, r.prospect_name AS ProspectName, r.prospect_address AS ProspectAddress,
               r.source_name AS SourceName, r.source_address AS SourceAddress, r.introduced_at AS IntroducedAt,
               r.closed_at AS ClosedAt, r.close_outcome AS CloseOutcome, r.close_note AS CloseNote, r.created_at AS CreatedAt,
               r.conversation_id AS ConversationId, r.introduction_message_id AS IntroductionMessageId, r.snoozed_until AS SnoozedUntil,
               s.state, s.silent_days AS SilentDays, s.next_step AS NextStep, s.upcoming_step AS UpcomingStep, s.next_step_due_at AS NextStepDueAt,
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
                               introduced_at, closed_at, close_outcome, created_at, conversation_id, introduction_message_id)
        VALUES (@Id, @TenantId, @UserId, @ProspectName, @ProspectAddress, @SourceName, @SourceAddress,
                @IntroducedAt, @ClosedAt, @CloseOutcome, @CreatedAt, @ConversationId, @IntroductionMessageId)
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
                CreatedAt = now, r.ConversationId, r.IntroductionMessageId,
            }, transaction, cancellationToken: ct));
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Adds a referral unless the rep already tracks the prospect, and then returns that open referral instead.
    /// The unique index on open referrals decides, so parallel clicks make one referral, never two.
    /// </summary>
    public async Task<ReferralRecord?> AddUnlessTrackedAsync(RepId rep, NewReferral referral, DateTimeOffset now, CancellationToken ct = default)
    {
        // The open one may be closed between our insert and our look-up; then the next insert may pass.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await AddAsync(rep, [referral], now, ct);
                return null;
            }
            catch (DbException e) when (Database.IsUniqueViolation(e))
            {
                var existing = await FindOpenByProspectAsync(rep, referral.Prospect.Address, ct);
                if (existing is not null || attempt == 2)
                {
                    return existing ?? throw new InvalidOperationException("The prospect's open referral kept changing.", e);
                }
            }
        }
    }

    /// The rep's referrals touching a message: by its thread (any spelling of its id), by the message itself,
    /// or with the prospect or source among its people. Open ones first, newest first.
    /// </summary>
    public async Task<IReadOnlyList<ReferralRecord>> FindForMessageAsync(
        RepId rep, IReadOnlyCollection<string> conversationIds, IReadOnlyCollection<string> messageIds, IReadOnlyCollection<string> addresses,
        CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<ReferralRecord>(new CommandDefinition(
            SelectReferrals + """
                 AND (r.conversation_id IN @conversationIds OR s.last_touch_conversation_id IN @conversationIds
                      OR r.introduction_message_id IN @messageIds OR s.last_touch_message_id IN @messageIds
                      OR r.prospect_address IN @addresses OR r.source_address IN @addresses)
                ORDER BY CASE WHEN r.closed_at IS NULL THEN 0 ELSE 1 END, r.introduced_at DESC
                """,
            new
            {
                rep.TenantId, rep.UserId,
                conversationIds = conversationIds.ToArray(), messageIds = messageIds.ToArray(),
                addresses = addresses.Select(Address.Normalize).Append("").ToArray(),
            },
            cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>The rep's open referral for a prospect, if any: a prospect is tracked once at a time.</summary>
    public async Task<ReferralRecord?> FindOpenByProspectAsync(RepId rep, string prospectAddress, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryFirstOrDefaultAsync<ReferralRecord>(new CommandDefinition(
            SelectReferrals + " AND r.prospect_address = @address AND r.closed_at IS NULL",
            new { rep.TenantId, rep.UserId, address = Address.Normalize(prospectAddress) }, cancellationToken: ct));
    }

    private const string UpdateLifecycle = """
        UPDATE referrals
        SET closed_at = @ClosedAt, close_outcome = @CloseOutcome, close_note = @CloseNote, snoozed_until = @SnoozedUntil
        WHERE id = @Id AND tenant_id = @TenantId AND user_id = @UserId
        """;

    /// <summary>Sets closing and snooze fields; false when the rep has no such referral.</summary>
    public async Task<bool> SetLifecycleAsync(RepId rep, string id, Lifecycle lifecycle, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateLifecycle, new
        {
            Id = id, rep.TenantId, rep.UserId,
            lifecycle.ClosedAt, lifecycle.CloseOutcome, lifecycle.CloseNote, lifecycle.SnoozedUntil,
        }, cancellationToken: ct));
        return changed == 1;
    }

    /// <summary>Deletes a referral and what hangs off it; false when the rep has no such referral.</summary>
    public async Task<bool> DeleteAsync(RepId rep, string id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var key = new { Id = id, rep.TenantId, rep.UserId };
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM followup_status WHERE referral_id = @Id AND tenant_id = @TenantId AND user_id = @UserId", key, transaction, cancellationToken: ct));
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM referrals WHERE id = @Id AND tenant_id = @TenantId AND user_id = @UserId", key, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return deleted == 1;
    }

    public async Task<int> CountAsync(RepId rep, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM referrals WHERE tenant_id = @TenantId AND user_id = @UserId", rep, cancellationToken: ct));
    }
}
