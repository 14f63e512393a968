using System.Text.Json;
using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Meetings;

/// <summary>The rep's meetings with referred prospects, as the scan stored them with its verdicts and the rep's settlements.</summary>
public sealed class MeetingStore(Database database) : IMeetingHistory
{
    private const string Select = """
        SELECT event_id AS EventId, referral_id AS ReferralId, subject, start_at AS StartAt, end_at AS EndAt, outcome, evidence,
               attendance, attendance_records AS AttendanceRecords, first_checked_at AS FirstCheckedAt, settlement, note
        FROM meetings WHERE tenant_id = @TenantId AND user_id = @UserId
        """;

    public async Task<IReadOnlyList<MeetingRecord>> ListAsync(RepId rep, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<MeetingRecord>(new CommandDefinition(Select + " ORDER BY start_at DESC", rep, cancellationToken: ct))).AsList();
    }

    /// <summary>What earlier scans learnt and what the rep settled, for the next scan.</summary>
    public async Task<MeetingKnowledge> KnowledgeAsync(RepId rep, CancellationToken ct = default)
    {
        var rows = await ListAsync(rep, ct);
        var attendance = new Dictionary<string, AttendanceEvidence>();
        // A refusal ("unreadable") is asked again next scan: consent or a policy may have been granted since.
        foreach (var row in rows.Where(r => r.Attendance is not null and not "unreadable"))
        {
            attendance[row.EventId] = row.Attendance switch
            {
                "report" => new AttendanceEvidence.Report(JsonSerializer.Deserialize<List<AttendanceRecord>>(row.AttendanceRecords ?? "[]") ?? []),
                "pending" => new AttendanceEvidence.Pending(row.FirstCheckedAt ?? row.EndAt),
                _ => new AttendanceEvidence.Unavailable(),
            };
        }
        var settlements = rows.Where(r => r.Settlement is not null)
            .ToDictionary(r => (r.EventId, r.ReferralId), r => r.Settlement == "no-show" ? Settlement.NoShow : Settlement.Met);
        return new MeetingKnowledge(attendance, settlements);
    }

    private const string Delete = "DELETE FROM meetings WHERE tenant_id = @TenantId AND user_id = @UserId AND event_id = @EventId AND referral_id = @ReferralId";

    private const string Insert = """
        INSERT INTO meetings (tenant_id, user_id, event_id, referral_id, subject, start_at, end_at, outcome, evidence,
                              attendance, attendance_records, first_checked_at, settlement, updated_at, note)
        SELECT r.tenant_id, r.user_id, @EventId, r.id, @Subject, @StartAt, @EndAt, @Outcome, @Evidence,
               @Attendance, @AttendanceRecords, @FirstCheckedAt, @Settlement, @UpdatedAt, @Note
        FROM referrals r WHERE r.id = @ReferralId AND r.tenant_id = @TenantId AND r.user_id = @UserId
        """;

    // A meeting the scan looked for and did not find again was deleted from the calendar, or no longer has the prospect
    // in it: it goes. One that starts before the range slid out of it and is history; it stays.
    private const string Prune = """
        DELETE FROM meetings WHERE tenant_id = @TenantId AND user_id = @UserId AND referral_id = @ReferralId
            AND start_at >= @From AND start_at < @To AND event_id NOT IN @Found
        """;

    /// <summary>
    /// Replaces the stored meetings of the scanned referrals, keeping the rep's settlements. The scan hands over the
    /// referrals' verdicts, the attendance evidence it read (by event id), when it finished, and the calendar range it
    /// looked for meetings in: the referrals' stored meetings starting in that range that it did not find are deleted.
    /// Only what changed is written: the rep's rows are read once, and a meeting stored as the scan found it is left
    /// alone (updated_at is when it last changed). A steady scan of 500 referrals wrote a delete per referral and a delete
    /// and an insert per meeting, each a round trip to SQL Server.
    /// </summary>
    public async Task SaveAsync(
        RepId rep, IReadOnlyList<(TrackedReferral Referral, FollowUpStatus Status)> referrals, IReadOnlyDictionary<string, AttendanceEvidence> attendance,
        DateTimeOffset scannedAt, MeetingKnowledge known, (DateTimeOffset From, DateTimeOffset To)? range, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var stored = (await connection.QueryAsync<MeetingRecord>(new CommandDefinition(Select, rep, transaction, cancellationToken: ct)))
            .ToLookup(r => r.ReferralId, StringComparer.Ordinal);
        foreach (var (referral, status) in referrals)
        {
            var storedRows = stored[referral.Id].ToDictionary(r => r.EventId, StringComparer.Ordinal);
            // A closed referral's meetings are not looked for (the scan reads only open prospects'): not finding them says nothing.
            if (range is { } looked && !referral.IsClosed)
            {
                var found = status.Meetings.Select(v => v.Meeting.EventId).ToHashSet(StringComparer.Ordinal);
                if (storedRows.Values.Any(r => r.StartAt >= looked.From && r.StartAt < looked.To && !found.Contains(r.EventId)))
                {
                    await connection.ExecuteAsync(new CommandDefinition(Prune,
                        new { rep.TenantId, rep.UserId, ReferralId = referral.Id, looked.From, looked.To, Found = found.ToList() }, transaction, cancellationToken: ct));
                }
            }
            // A meeting listed twice: the last verdict stands, as when each was written over the one before.
            foreach (var verdict in status.Meetings.GroupBy(v => v.Meeting.EventId, StringComparer.Ordinal).Select(g => g.Last()))
            {
                var row = Row(rep, referral, verdict, attendance, known, scannedAt);
                if (storedRows.TryGetValue(row.EventId, out var held) && row.IsStoredAs(held))
                {
                    continue;
                }
                await connection.ExecuteAsync(new CommandDefinition(Delete, row, transaction, cancellationToken: ct));
                await connection.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: ct));
            }
        }
        await transaction.CommitAsync(ct);
    }

    private static MeetingRow Row(
        RepId rep, TrackedReferral referral, MeetingVerdict verdict, IReadOnlyDictionary<string, AttendanceEvidence> attendance, MeetingKnowledge known,
        DateTimeOffset scannedAt)
    {
        var m = verdict.Meeting;
        var evidence = attendance.GetValueOrDefault(m.EventId);
        var settled = known.Settlements.TryGetValue((m.EventId, referral.Id), out var word) ? word : (Settlement?)null;
        return new MeetingRow(
            rep.TenantId, rep.UserId, m.EventId, referral.Id, m.Subject.Length > 512 ? m.Subject[..512] : m.Subject, m.Start, m.End,
            Kebab.Of(verdict.Outcome), verdict.Evidence,
            evidence switch
            {
                AttendanceEvidence.Report => "report", AttendanceEvidence.Pending => "pending", AttendanceEvidence.Unavailable => "unavailable",
                AttendanceEvidence.Unreadable => "unreadable", _ => null,
            },
            evidence is AttendanceEvidence.Report report ? JsonSerializer.Serialize(report.Records) : null,
            (evidence as AttendanceEvidence.Pending)?.FirstCheckedAt,
            settled switch { Core.Settlement.NoShow => "no-show", Core.Settlement.Met => "met", _ => null },
            scannedAt,
            verdict.Note is { Length: > 1000 } note ? note[..1000] : verdict.Note);
    }

    /// <summary>One meeting row as a scan writes it (the parameters of <see cref="Insert"/>).</summary>
    private sealed record MeetingRow(
        string TenantId, string UserId, string EventId, string ReferralId, string Subject, DateTimeOffset StartAt, DateTimeOffset EndAt, string Outcome,
        string? Evidence, string? Attendance, string? AttendanceRecords, DateTimeOffset? FirstCheckedAt, string? Settlement, DateTimeOffset UpdatedAt,
        string? Note)
    {
        /// <summary>The stored row says what this one would: everything but when it was written.</summary>
        public bool IsStoredAs(MeetingRecord held) =>
            held.Subject == Subject && held.StartAt == StartAt && held.EndAt == EndAt && held.Outcome == Outcome && held.Evidence == Evidence
            && held.Attendance == Attendance && held.AttendanceRecords == AttendanceRecords && held.FirstCheckedAt == FirstCheckedAt
            && held.Settlement == Settlement && held.Note == Note;
    }

    /// <summary>The rep's word on a meeting; false when the rep has no such meeting.</summary>
    public async Task<bool> SettleAsync(RepId rep, string eventId, Settlement settlement, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE meetings SET settlement = @settlement, updated_at = @now
            WHERE tenant_id = @TenantId AND user_id = @UserId AND event_id = @eventId
            """, new { rep.TenantId, rep.UserId, eventId, settlement = settlement == Settlement.NoShow ? "no-show" : "met", now }, cancellationToken: ct)) > 0;
    }
}
