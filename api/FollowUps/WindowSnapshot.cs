using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// What a built mail window knows beyond its kept messages, stored beside its version (migration 0015): the
/// correspondents index as met (address and name shown, in order) with when each address first appeared, and the
/// oldest message's time. An instance that does not hold the window reads this and the kept rows, not every row.
/// </summary>
internal sealed record WindowSnapshot(List<string[]> Met, Dictionary<string, DateTimeOffset> FirstSeen, DateTimeOffset? Oldest)
{
    public static WindowSnapshot Of(Correspondents correspondents, DateTimeOffset? oldest)
    {
        var (met, firstSeen) = correspondents.Export();
        return new([.. met.Select(p => new[] { p.Address, p.Shown })], new Dictionary<string, DateTimeOffset>(firstSeen, StringComparer.Ordinal), oldest);
    }

    public Correspondents Correspondents() => Introductions.Correspondents.Import(Met.Select(p => (p[0], p[1])), FirstSeen);
}
