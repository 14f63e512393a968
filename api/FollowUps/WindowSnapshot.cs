using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// What a built mail window knows beyond its kept messages, stored beside its version (migration 0015): the
/// correspondents index as met (address and name shown, in order) with when each address first appeared, the oldest
/// message's time, and what the introduction detector found in the kept messages (<see cref="WindowMemo"/>): the messages that showed an
/// introduction, and the newest message examined, since every older kept message that is not listed showed none. An instance that does not hold the window reads this and the kept rows, not every row.
/// </summary>
internal sealed record WindowSnapshot(
    List<string[]> Met, Dictionary<string, DateTimeOffset> FirstSeen, DateTimeOffset? Oldest,
    string? ExaminedFor = null, Dictionary<string, List<IntroductionCandidate>>? Examined = null, DateTimeOffset? ExaminedThrough = null)
{
    public static WindowSnapshot Of(IReadOnlyList<MailItem> kept, Correspondents correspondents, DateTimeOffset? oldest, WindowMemo memo)
    {
        var (met, firstSeen) = correspondents.Export();
        var (examinedFor, shown, through) = memo.Export(kept);
        return new([.. met.Select(p => new[] { p.Address, p.Shown })], new Dictionary<string, DateTimeOffset>(firstSeen, StringComparer.Ordinal), oldest,
            examinedFor, shown, through);
    }

    public Correspondents Correspondents() => Introductions.Correspondents.Import(Met.Select(p => (p[0], p[1])), FirstSeen);
}
