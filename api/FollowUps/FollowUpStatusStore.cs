using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.FollowUps;

/// <summary>Stores what a scan found, so the list is instant the next time the pane opens.</summary>
public sealed class FollowUpStatusStore(Database database)
{
    private const string DeleteStatus = """
        DELETE FROM followup_status WHERE tenant_id = @TenantId AND user_id = @UserId AND referral_id = @ReferralId
        """;

    // The referral must still belong to the rep: a scan racing a delete writes nothing.
    private const string InsertStatus = """
        INSERT INTO followup_status (referral_id, tenant_id, user_id, state, silent_days, next_step, upcoming_step, next_step_due_at,
            paused_until, last_touch_message_id, last_touch_conversation_id, last_touch_subject, last_touch_at,
            last_answer_at, touch_count, scanned_at)
        SELECT r.id, r.tenant_id, r.user_id, @State, @SilentDays, @NextStep, @UpcomingStep, @NextStepDueAt,
            @PausedUntil, @LastTouchMessageId, @LastTouchConversationId, @LastTouchSubject, @LastTouchAt,
            @LastAnswerAt, @TouchCount, @ScannedAt
        FROM referrals r
        WHERE r.id = @ReferralId AND r.tenant_id = @TenantId AND r.user_id = @UserId
        """;

    private const string InsertScan = """
        INSERT INTO scans (tenant_id, user_id, started_at, finished_at, graph_requests, messages_read, referrals)
        VALUES (@TenantId, @UserId, @StartedAt, @FinishedAt, @GraphRequests, @MessagesRead, @Referrals)
        """;

    // Every status of the rep was written by a scan, for a referral it listed: all get this scan's time at once.
    private const string Touch = "UPDATE followup_status SET scanned_at = @ScannedAt WHERE tenant_id = @TenantId AND user_id = @UserId";

    /// <summary>
    /// Logs the scan and stores the statuses it found, in one transaction. A status equal to the one the scan started
    /// from (<paramref name="stored"/>, by referral id) only gets the scan's time: a round with nothing new writes two
    /// statements per rep, not two per referral.
    /// </summary>
    public async Task SaveAsync(RepId rep, ScanResult scan, IReadOnlyDictionary<string, ReferralRecord>? stored = null, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Touch, new { rep.TenantId, rep.UserId, ScannedAt = scan.FinishedAt }, transaction, cancellationToken: ct));
        foreach (var (referral, status) in scan.Referrals)
        {
            var row = StatusRow.Of(status);
            if (stored?.GetValueOrDefault(referral.Id) is { } before && StatusRow.Of(before) == row)
            {
                continue;
            }
            var key = new { rep.TenantId, rep.UserId, ReferralId = referral.Id };
            await connection.ExecuteAsync(new CommandDefinition(DeleteStatus, key, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(InsertStatus, new
            {
                rep.TenantId, rep.UserId, ReferralId = referral.Id, row.State, row.SilentDays, row.NextStep, row.UpcomingStep, row.NextStepDueAt,
                row.PausedUntil, row.LastTouchMessageId, row.LastTouchConversationId, row.LastTouchSubject, row.LastTouchAt, row.LastAnswerAt,
                row.TouchCount, ScannedAt = scan.FinishedAt,
            }, transaction, cancellationToken: ct));
        }
        await connection.ExecuteAsync(new CommandDefinition(InsertScan, new
        {
            rep.TenantId, rep.UserId, scan.StartedAt, scan.FinishedAt, scan.GraphRequests, scan.MessagesRead,
            Referrals = scan.Referrals.Count,
        }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    public async Task<DateTimeOffset?> LastScanAsync(RepId rep, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<DateTimeOffset?>(new CommandDefinition(
            "SELECT MAX(finished_at) FROM scans WHERE tenant_id = @TenantId AND user_id = @UserId", rep, cancellationToken: ct));
    }

}
