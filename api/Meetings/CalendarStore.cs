using System.Data.Common;
using System.Text.Json;
using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Meetings;

/// <summary>The rep's synced calendar (<see cref="CalendarSnapshot"/>): the kept range, its delta link and its timed events.</summary>
public sealed class CalendarStore(Database database)
{
    private sealed record SyncRow(DateTimeOffset WindowStart, DateTimeOffset WindowEnd, string DeltaLink);

    /// <summary>The last sync's snapshot; null before the rep's first scan.</summary>
    public async Task<CalendarSnapshot?> LoadAsync(RepId rep, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var sync = await connection.QuerySingleOrDefaultAsync<SyncRow>(new CommandDefinition("""
            SELECT window_start AS WindowStart, window_end AS WindowEnd, delta_link AS DeltaLink
            FROM calendar_sync WHERE tenant_id = @TenantId AND user_id = @UserId
            """, rep, cancellationToken: ct));
        if (sync is null)
        {
            return null;
        }
        var items = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT item FROM calendar_events WHERE tenant_id = @TenantId AND user_id = @UserId", rep, cancellationToken: ct));
        var events = items.Select(i => JsonSerializer.Deserialize<MeetingItem>(i)!).ToDictionary(m => m.EventId, StringComparer.Ordinal);
        return new CalendarSnapshot(new CalendarWindow(sync.WindowStart, sync.WindowEnd), sync.DeltaLink, events);
    }

    private const string DeleteEvent = "DELETE FROM calendar_events WHERE tenant_id = @TenantId AND user_id = @UserId AND event_id = @EventId";

    private const string InsertEvent = """
        INSERT INTO calendar_events (tenant_id, user_id, event_id, start_at, end_at, item)
        VALUES (@TenantId, @UserId, @EventId, @StartAt, @EndAt, @Item)
        """;

    /// <summary>Writes what the sync changed (everything after a fresh sync) and the new delta link, in one transaction.</summary>
    public async Task SaveAsync(RepId rep, CalendarSnapshot snapshot, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var changes = snapshot.Changes;
        if (changes.Full)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM calendar_events WHERE tenant_id = @TenantId AND user_id = @UserId", rep, transaction, cancellationToken: ct));
        }
        var removed = changes.Full ? Enumerable.Empty<string>() : changes.Removed.Concat(changes.Upserted);
        await Execute(connection, transaction, DeleteEvent, removed.Select(id => new { rep.TenantId, rep.UserId, EventId = id }), ct);
        var written = changes.Full ? snapshot.Events.Values : changes.Upserted.Select(id => snapshot.Events[id]);
        await Execute(connection, transaction, InsertEvent, written.Select(m => new
        {
            rep.TenantId, rep.UserId, m.EventId, StartAt = m.Start, EndAt = m.End, Item = JsonSerializer.Serialize(m),
        }), ct);
        var sync = new { rep.TenantId, rep.UserId, WindowStart = snapshot.Window.From, WindowEnd = snapshot.Window.To, snapshot.DeltaLink, now };
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM calendar_sync WHERE tenant_id = @TenantId AND user_id = @UserId", sync, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO calendar_sync (tenant_id, user_id, window_start, window_end, delta_link, synced_at)
            VALUES (@TenantId, @UserId, @WindowStart, @WindowEnd, @DeltaLink, @now)
            """, sync, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql, IEnumerable<object> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, row, transaction, cancellationToken: ct));
        }
    }
}
