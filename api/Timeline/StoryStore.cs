using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Timeline;

/// <summary>Each referral's story messages, replaced whole when a scan finds it changed. Every statement filters on the rep.</summary>
public sealed class StoryStore(Database database) : IReferralStories
{
    private const string DeleteStory = """
        DELETE FROM referral_messages WHERE tenant_id = @TenantId AND user_id = @UserId AND referral_id = @ReferralId
        """;

    // The referral must still belong to the rep: a scan racing a delete writes nothing.
    private const string InsertMessage = """
        INSERT INTO referral_messages (tenant_id, user_id, referral_id, message_id, kind, at, subject)
        SELECT r.tenant_id, r.user_id, r.id, @MessageId, @Kind, @At, @Subject
        FROM referrals r
        WHERE r.id = @ReferralId AND r.tenant_id = @TenantId AND r.user_id = @UserId
        """;

    /// <summary>Writes the stories that changed since the last scan; a rescan with nothing new writes nothing.</summary>
    public async Task SaveAsync(RepId rep, IEnumerable<(string ReferralId, IReadOnlyList<StoryMessage> Story)> stories, CancellationToken ct = default)
    {
        var stored = await AllAsync(rep, ct);
        var changed = stories.Where(s => !Rows(s.Story).SequenceEqual(Rows(stored[s.ReferralId]))).ToList();
        if (changed.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var (referralId, story) in changed)
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteStory, new { rep.TenantId, rep.UserId, ReferralId = referralId }, transaction, cancellationToken: ct));
            foreach (var m in story)
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertMessage, new
                {
                    rep.TenantId, rep.UserId, ReferralId = referralId, m.MessageId, Kind = Kebab.Of(m.Kind), m.At,
                    Subject = m.Subject.Length <= 512 ? m.Subject : m.Subject[..512],
                }, transaction, cancellationToken: ct));
            }
        }
        await transaction.CommitAsync(ct);
    }

    // A story as its rows read back, in one order: subjects cut at 512 characters, times as instants.
    private static IEnumerable<(DateTimeOffset, string, StoryKind, string)> Rows(IEnumerable<StoryMessage> story) =>
        story.Select(m => (m.At.ToUniversalTime(), m.MessageId, m.Kind, m.Subject.Length <= 512 ? m.Subject : m.Subject[..512])).Order();

    private const string Select = """
        SELECT referral_id AS ReferralId, message_id AS MessageId, kind, at, subject
        FROM referral_messages WHERE tenant_id = @TenantId AND user_id = @UserId
        """;

    public async Task<IReadOnlyList<StoryMessage>> ForReferralAsync(RepId rep, string referralId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<StoryRow>(new CommandDefinition(
            Select + " AND referral_id = @referralId ORDER BY at", new { rep.TenantId, rep.UserId, referralId }, cancellationToken: ct));
        return rows.Select(r => r.AsMessage()).OfType<StoryMessage>().ToList();
    }

    /// <summary>Every referral's story of the rep, by referral id.</summary>
    public async Task<ILookup<string, StoryMessage>> AllAsync(RepId rep, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<StoryRow>(new CommandDefinition(Select + " ORDER BY at", rep, cancellationToken: ct));
        return rows.Where(r => r.AsMessage() is not null).ToLookup(r => r.ReferralId, r => r.AsMessage()!);
    }
}
