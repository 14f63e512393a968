using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Introductions;

/// <summary>
/// Introduction suggestions per rep. One row per thread and prospect, whatever happens to it:
/// that is what keeps a dismissed suggestion from ever coming back.
/// </summary>
public sealed class SuggestionStore(Database database) : IOpenIntroductions
{
    public const string Open = "open";
    public const string Tracked = "tracked";
    public const string Dismissed = "dismissed";

    private const string Select = """
        SELECT id, message_id AS MessageId, conversation_id AS ConversationId, subject, received_at AS ReceivedAt, kind,
               source_name AS SourceName, source_address AS SourceAddress, prospect_name AS ProspectName,
               prospect_address AS ProspectAddress, status
        FROM introduction_suggestions
        WHERE tenant_id = @TenantId AND user_id = @UserId
        """;

    private const string InsertIfNew = """
        INSERT INTO introduction_suggestions (id, tenant_id, user_id, message_id, conversation_id, subject, received_at, kind,
            source_name, source_address, prospect_name, prospect_address, status, created_at)
        SELECT @Id, @TenantId, @UserId, @MessageId, @ConversationId, @Subject, @ReceivedAt, @Kind,
            @SourceName, @SourceAddress, @ProspectName, @ProspectAddress, 'open', @now
        WHERE NOT EXISTS (SELECT 1 FROM introduction_suggestions
                          WHERE tenant_id = @TenantId AND user_id = @UserId
                            AND conversation_id = @ConversationId AND prospect_address = @ProspectAddress)
        """;

    private const string StoredKeys = """
        SELECT conversation_id AS ConversationId, prospect_address AS ProspectAddress FROM introduction_suggestions
        WHERE tenant_id = @TenantId AND user_id = @UserId
        """;

    /// <summary>Stores introductions not seen before; ones already tracked or dismissed stay as they are.</summary>
    public async Task AddNewAsync(RepId rep, IEnumerable<IntroductionCandidate> found, DateTimeOffset now, CancellationToken ct = default)
    {
        var candidates = found.ToList();
        if (candidates.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(ct);
        // Every scan finds the same introductions again: one read of the rep's keys spares an insert each. The insert
        // keeps its guard (and the table its unique constraint), so a suggestion stored meanwhile is still not doubled.
        var stored = (await connection.QueryAsync<(string ConversationId, string ProspectAddress)>(new CommandDefinition(StoredKeys, rep, cancellationToken: ct)))
            .ToHashSet();
        var fresh = candidates.Where(i => !stored.Contains((Clip(i.ConversationId, 256), i.Prospect.Address))).ToList();
        if (fresh.Count == 0)
        {
            return;
        }
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var intro in fresh)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertIfNew, new
            {
                Id = Guid.NewGuid().ToString("N"), rep.TenantId, rep.UserId, intro.MessageId,
                ConversationId = Clip(intro.ConversationId, 256), Subject = Clip(intro.Subject, 512), ReceivedAt = intro.At,
                Kind = Kebab(intro.Kind), SourceName = Clip(intro.Source.Name, 200), SourceAddress = intro.Source.Address,
                ProspectName = Clip(intro.Prospect.Name, 200), ProspectAddress = intro.Prospect.Address, now,
            }, transaction, cancellationToken: ct));
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>Open suggestions whose prospect the rep does not track (yet), newest first.</summary>
    public async Task<IReadOnlyList<SuggestionRecord>> ListOpenAsync(RepId rep, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<SuggestionRecord>(new CommandDefinition(Select + """
             AND status = 'open'
            AND NOT EXISTS (SELECT 1 FROM referrals r
                            WHERE r.tenant_id = @TenantId AND r.user_id = @UserId AND r.prospect_address = introduction_suggestions.prospect_address)
            ORDER BY received_at DESC
            """, rep, cancellationToken: ct));
        return rows.AsList();
    }

    async Task<IReadOnlyList<SuggestionResponse>> IOpenIntroductions.ListAsync(RepId rep, CancellationToken ct) =>
        (await ListOpenAsync(rep, ct)).Select(s => s.AsResponse()).ToList();

    public async Task<SuggestionRecord?> FindAsync(RepId rep, string id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<SuggestionRecord>(new CommandDefinition(
            Select + " AND id = @id", new { rep.TenantId, rep.UserId, id }, cancellationToken: ct));
    }

    /// <summary>Marks a suggestion tracked (with its referral) or dismissed; false when the rep has no such suggestion.</summary>
    public async Task<bool> DecideAsync(RepId rep, string id, string status, string? referralId, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE introduction_suggestions SET status = @status, referral_id = @referralId, decided_at = @now
            WHERE tenant_id = @TenantId AND user_id = @UserId AND id = @id
            """, new { rep.TenantId, rep.UserId, id, status, referralId, now }, cancellationToken: ct)) == 1;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    private static string Kebab(IntroductionKind kind) => kind == IntroductionKind.InboundReferral ? "inbound-referral" : "introduction";
}
