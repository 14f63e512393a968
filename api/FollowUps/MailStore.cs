using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Introductions;
using OutlookReferral.Storage;

namespace OutlookReferral.FollowUps;

/// <summary>
/// The scan window of each rep's mail, as delta rounds leave it (migration 0010): one row per message with who
/// took part (the correspondents index needs every message), the whole message when the detectors need it, and
/// each folder's delta link. Every statement filters on the rep.
/// </summary>
public sealed class MailStore(Database database)
{
    private const string DeleteLink = "DELETE FROM mail_delta_links WHERE tenant_id = @TenantId AND user_id = @UserId AND folder = @Folder";

    private const string InsertLink = """
        INSERT INTO mail_delta_links (tenant_id, user_id, folder, delta_link) VALUES (@TenantId, @UserId, @Folder, @Link)
        """;

    private const string DeleteFolder = "DELETE FROM mail_messages WHERE tenant_id = @TenantId AND user_id = @UserId AND folder = @Kind";

    /// <summary>A full resync starts from nothing: the folder's rows and its link go, in one transaction.</summary>
    public async Task ForgetFolderAsync(RepId rep, string folder, MailFolderKind kind, WindowVersion version, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(DeleteLink, new { rep.TenantId, rep.UserId, Folder = folder }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(DeleteFolder, new { rep.TenantId, rep.UserId, Kind = (int)kind }, transaction, cancellationToken: ct));
        await MoveVersionAsync(connection, transaction, rep, version, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task SaveDeltaLinkAsync(RepId rep, string folder, string link, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var key = new { rep.TenantId, rep.UserId, Folder = folder, Link = link };
        await connection.ExecuteAsync(new CommandDefinition(DeleteLink, key, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(InsertLink, key, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    private const string DeleteMessage = "DELETE FROM mail_messages WHERE tenant_id = @TenantId AND user_id = @UserId AND message_id = @Id";

    private const string InsertMessage = """
        INSERT INTO mail_messages (tenant_id, user_id, message_id, folder, at, participants, kept)
        VALUES (@TenantId, @UserId, @Id, @Kind, @At, @Participants, @Kept)
        """;

    /// <summary>
    /// Applies one page of changes in one short transaction. Replaying a page is harmless (delete, then insert),
    /// so a round cut short is simply read again from the last saved link.
    /// </summary>
    public async Task ApplyAsync(RepId rep, IReadOnlyList<MailChange> changes, WindowVersion version, CancellationToken ct)
    {
        if (changes.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Two commands, each prepared once and run per row with new values: a first scan writes 100,000 rows, and
        // Dapper's parameters built per row (looked up by name in each statement) cost more than SQLite's own work.
        await using var delete = RowCommand(connection, transaction, DeleteMessage, rep, "@Id");
        await using var insert = RowCommand(connection, transaction, InsertMessage, rep, "@Id", "@Kind", "@At", "@Participants", "@Kept");
        insert.Parameters["@At"].DbType = System.Data.DbType.DateTimeOffset;
        foreach (var change in changes)
        {
            delete.Parameters["@Id"].Value = change.Id;
            await delete.ExecuteNonQueryAsync(ct);
        }
        foreach (var change in changes)
        {
            if (change.Message is not { } message)
            {
                continue;
            }
            insert.Parameters["@Id"].Value = change.Id;
            insert.Parameters["@Kind"].Value = (int)message.Folder;
            // As Database's DateTimeOffset handler writes it for Dapper: in UTC, so the text compares in time order.
            insert.Parameters["@At"].Value = message.At.ToUniversalTime();
            insert.Parameters["@Participants"].Value = change.Participants.ToString();
            insert.Parameters["@Kept"].Value = change.Keep
                ? JsonSerializer.Serialize(StoredMail.Of(message), StoredMailJson.Default.StoredMail)
                : DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }
        await MoveVersionAsync(connection, transaction, rep, version, ct);
        await transaction.CommitAsync(ct);
    }

    private static DbCommand RowCommand(DbConnection connection, DbTransaction transaction, string sql, RepId rep, params string[] perRow)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        Add(command, "@TenantId", rep.TenantId);
        Add(command, "@UserId", rep.UserId);
        foreach (var name in perRow)
        {
            Add(command, name, DBNull.Value);
        }
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private const string Prune = "DELETE FROM mail_messages WHERE tenant_id = @TenantId AND user_id = @UserId AND at < @Since";

    /// <summary>Mail that slid out of the window goes; the version moves only when some did.</summary>
    public async Task PruneAsync(RepId rep, DateTimeOffset since, WindowVersion version, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await connection.ExecuteAsync(new CommandDefinition(Prune, new { rep.TenantId, rep.UserId, Since = since }, transaction, cancellationToken: ct)) > 0)
        {
            await MoveVersionAsync(connection, transaction, rep, version, ct);
        }
        await transaction.CommitAsync(ct);
    }

    private const string MarkKept = """
        UPDATE mail_messages SET kept = @Kept WHERE tenant_id = @TenantId AND user_id = @UserId AND message_id = @Id
        """;

    /// <summary>Keeps messages fetched for a newly tracked address; only those the window already holds (the delta knows them).</summary>
    public async Task KeepAsync(RepId rep, IReadOnlyCollection<MailItem> messages, WindowVersion version, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(MarkKept, messages.Select(m => new
        {
            rep.TenantId, rep.UserId, m.Id, Kept = JsonSerializer.Serialize(StoredMail.Of(m), StoredMailJson.Default.StoredMail),
        }), transaction, cancellationToken: ct));
        await MoveVersionAsync(connection, transaction, rep, version, ct);
        await transaction.CommitAsync(ct);
    }

    private const string SelectKeptAddresses = "SELECT address FROM mail_kept_addresses WHERE tenant_id = @TenantId AND user_id = @UserId";

    public async Task<HashSet<string>> KeptAddressesAsync(RepId rep, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(SelectKeptAddresses, rep, cancellationToken: ct));
        return rows.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private const string InsertKeptAddress = """
        INSERT INTO mail_kept_addresses (tenant_id, user_id, address) VALUES (@TenantId, @UserId, @Address)
        """;

    private const string ClearKeptAddresses = "DELETE FROM mail_kept_addresses WHERE tenant_id = @TenantId AND user_id = @UserId";

    public async Task SetKeptAddressesAsync(RepId rep, IEnumerable<string> addresses, WindowVersion version, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(ClearKeptAddresses, rep, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(InsertKeptAddress,
            addresses.Distinct(StringComparer.OrdinalIgnoreCase).Select(a => new { rep.TenantId, rep.UserId, Address = a }), transaction, cancellationToken: ct));
        await MoveVersionAsync(connection, transaction, rep, version, ct);
        await transaction.CommitAsync(ct);
    }

    internal const string SaveSnapshot = """
        UPDATE mail_window_versions SET window_snapshot = NULL, window_snapshot_brotli = @Snapshot
        WHERE tenant_id = @TenantId AND user_id = @UserId AND version = @Version
        """;

    /// <summary>Stores what a scan built on <paramref name="version"/>; nothing when the store has moved on since.</summary>
    internal async Task SaveSnapshotAsync(RepId rep, string version, WindowSnapshot snapshot, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(SaveSnapshot, new
        {
            rep.TenantId, rep.UserId, Version = version, Snapshot = snapshot.Pack(),
        }, cancellationToken: ct));
    }

    private const string SelectSnapshot = """
        SELECT window_snapshot_brotli FROM mail_window_versions WHERE tenant_id = @TenantId AND user_id = @UserId AND version = @Version
        """;

    /// <summary>What a scan built on <paramref name="version"/>, if the store is still there and one was stored.</summary>
    internal async Task<WindowSnapshot?> SnapshotAsync(RepId rep, string version, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var packed = await connection.QuerySingleOrDefaultAsync<byte[]?>(new CommandDefinition(SelectSnapshot, new { rep.TenantId, rep.UserId, Version = version }, cancellationToken: ct));
        if (packed is null)
        {
            return null;
        }
        try
        {
            return WindowSnapshot.Unpack(packed);
        }
        catch (Exception unreadable) when (unreadable is JsonException or InvalidDataException)
        {
            // Only a shortcut: without it the window is read from every row, as for a version that has none.
            return null;
        }
    }

    private const string SelectKept = """
        SELECT kept FROM mail_messages WHERE tenant_id = @TenantId AND user_id = @UserId AND at >= @Since AND kept IS NOT NULL
        """;

    /// <summary>The window's kept messages alone, in the store's read order (inbox first, newest first).</summary>
    internal async Task<List<MailItem>> KeptAsync(RepId rep, DateTimeOffset since, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var kept = new List<MailItem>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(SelectKept, new { rep.TenantId, rep.UserId, Since = since }, cancellationToken: ct));
        var pool = new TextPool();
        while (await reader.ReadAsync(ct))
        {
            kept.Add(KeptOf(reader, 0, pool));
        }
        return MailWindowState.InReadOrder(kept);
    }

    // SQLite keeps text as UTF-8: its bytes are parsed as they are, not made into a string first and turned back into
    // UTF-8. Dapper wraps the provider's reader, so the provider's is looked for behind it.
    private static MailItem KeptOf(DbDataReader reader, int column, TextPool pool) =>
        (reader is IWrappedDataReader wrapped ? wrapped.Reader : reader) is Microsoft.Data.Sqlite.SqliteDataReader sqlite
        ? StoredMail.Parse(sqlite.GetFieldValue<byte[]>(column), pool)
        : StoredMail.Parse(System.Text.Encoding.UTF8.GetBytes(reader.GetString(column)), pool);

    private const string SelectVersion = "SELECT version FROM mail_window_versions WHERE tenant_id = @TenantId AND user_id = @UserId";

    /// <summary>What the rep's stored window stands at (migration 0015); null before its first write.</summary>
    public async Task<string?> VersionAsync(RepId rep, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(SelectVersion, rep, cancellationToken: ct));
    }

    // The new version starts with no snapshot: the one stored was built on the old.
    internal const string UpdateVersion = """
        UPDATE mail_window_versions SET version = @Next, window_snapshot = NULL, window_snapshot_brotli = NULL
        WHERE tenant_id = @TenantId AND user_id = @UserId AND version = @Known
        """;

    // The first version: only where there is none, so two first writes cannot both believe they made it.
    internal const string InsertVersion = """
        INSERT INTO mail_window_versions (tenant_id, user_id, version)
        SELECT @TenantId, @UserId, @Next WHERE NOT EXISTS (SELECT 1 FROM mail_window_versions WHERE tenant_id = @TenantId AND user_id = @UserId)
        """;

    /// <summary>
    /// Moves the version on inside a write's transaction, from the one the sync knows: a compare-and-swap. When the
    /// store is elsewhere (another instance wrote), the write still commits and the sync learns its window is stale.
    /// </summary>
    private static async Task MoveVersionAsync(DbConnection connection, DbTransaction transaction, RepId rep, WindowVersion version, CancellationToken ct)
    {
        var next = Guid.NewGuid().ToString("N");
        var key = new { rep.TenantId, rep.UserId, Known = version.Current, Next = next };
        int moved;
        try
        {
            moved = await connection.ExecuteAsync(new CommandDefinition(version.Current is null ? InsertVersion : UpdateVersion, key, transaction, cancellationToken: ct));
        }
        catch (DbException race) when (Database.IsUniqueViolation(race))
        {
            // Another instance's first write won the insert: the window is theirs as much as ours.
            moved = 0;
        }
        if (moved == 1)
        {
            version.Moved(next);
        }
        else
        {
            version.Lose();
        }
    }

    // Inbox first, newest first, as the folders were read before delta: the correspondents index keeps the first name it met.
    private const string SelectWindow = """
        SELECT message_id AS Id, folder AS Kind, at AS At, participants AS Participants, kept AS Kept
        FROM mail_messages WHERE tenant_id = @TenantId AND user_id = @UserId AND at >= @Since
        ORDER BY folder, at DESC, message_id
        """;

    /// <summary>The window's rows as entries: what <see cref="MailWindowState"/> starts from when it holds nothing for the rep.</summary>
    public async Task<Dictionary<MessageKey, MailWindowState.Entry>> ReadEntriesAsync(RepId rep, DateTimeOffset since, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var entries = new Dictionary<MessageKey, MailWindowState.Entry>();
        var pool = new TextPool();
        await foreach (var row in connection.QueryUnbufferedAsync<WindowRow>(SelectWindow, new { rep.TenantId, rep.UserId, Since = since }).WithCancellation(ct))
        {
            var kept = row.Kept is { } json ? StoredMail.Parse(System.Text.Encoding.UTF8.GetBytes(json), pool) : null;
            // A kept row's key is made only to find it: the entry takes its message's id string instead.
            var entry = MailWindowState.Entry.Of(kept is null ? MessageKey.Of(row.Id) : MessageKey.Sharing(row.Id), (MailFolderKind)row.Kind, row.At,
                MailParticipants.Parse(row.Participants), kept);
            entries[entry.Id] = entry;
        }
        return entries;
    }

    private const string SelectLinks = "SELECT folder AS Folder, delta_link AS Link FROM mail_delta_links WHERE tenant_id = @TenantId AND user_id = @UserId";

    /// <summary>Each folder's saved delta link: with the kept addresses, what the stored window stands at.</summary>
    public async Task<Dictionary<string, string>> DeltaLinksAsync(RepId rep, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Folder, string Link)>(new CommandDefinition(SelectLinks, rep, cancellationToken: ct));
        return rows.ToDictionary(r => r.Folder, r => r.Link, StringComparer.Ordinal);
    }

    private sealed class WindowRow
    {
        public string Id { get; init; } = "";
        public long Kind { get; init; }
        public DateTimeOffset At { get; init; }
        public string Participants { get; init; } = "";
        public string? Kept { get; init; }
    }

    private static string? FirstNameShown(List<(string Address, string Name)> seen, string address)
    {
        foreach (var (earlier, name) in seen)
        {
            if (earlier.Equals(address, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>A kept message as it reads back from its JSON; with a pool, its repeated texts are the pool's strings.</summary>
    internal static MailItem AsStored(MailItem message, TextPool? pool = null) => StoredMail.Of(message).AsMailItem(pool);

    /// <summary>
    /// Adds one stored message's participants to the correspondents index, as a message with only those participants
    /// would add them (an address met twice in one message keeps the first name it showed there), without building one:
    /// at 100,000 messages the messages built only for this cost more than all the rest of the window.
    /// </summary>
    /// <param name="seen">Scratch space for the message's participants, reused from message to message.</param>
    internal static void AddParticipants(Correspondents index, MailParticipants participants, DateTimeOffset at, List<(string Address, string Name)> seen)
    {
        seen.Clear();
        foreach (var (address, shown) in participants)
        {
            // Rare: one address twice in a message (from and cc). The first name it showed stands, as in MailItem.Names.
            var name = FirstNameShown(seen, address);
            if (name is null)
            {
                name = shown;
                seen.Add((address, name));
            }
            index.Add(address, name, at);
        }
    }
}
