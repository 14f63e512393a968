using OutlookReferral.Identity;

namespace OutlookReferral.FollowUps;

/// <summary>
/// The mail windows this instance last left, per rep, so a rescan with nothing changed rebuilds nothing. An entry is
/// used only while the store's window version (<see cref="WindowVersion"/>) is the one it was left at: a scan that
/// changed the window, on any instance, moves it on; one that changed nothing does not, so every instance of a cluster
/// keeps its windows whichever of them scanned last.
/// Bounded by weight (<see cref="MailWindowState.Weight"/>, Scan:WindowCacheWeight). Past it, the windows scanned
/// least recently are held compact (what the detectors read, without one entry per message); then windows unused for
/// an hour go; then a newcomer is not held. Background rounds scan every rep in turn, and least-recently-used eviction
/// would then always drop the rep scanned next: keeping the windows already held serves as many reps as fit.
/// </summary>
public sealed class MailWindowCache(int maxWeight = MailWindowCache.DefaultMaxWeight)
{
    /// <summary>
    /// About 450 MiB. Measured with the bench's reps (2,000 messages, 20 referrals: some 600 kept and 230 people), whole
    /// windows cost about 1.1 KiB per unit of weight (300 reps held whole: 960 MiB). A rep weighs 2,830 whole and 830
    /// compact: some 480 such reps held compact.
    /// </summary>
    public const int DefaultMaxWeight = 400_000;

    private static readonly TimeSpan Unused = TimeSpan.FromHours(1);

    private readonly Lock gate = new();
    private readonly Dictionary<RepId, (string Version, MailWindowState State, long Used)> windows = [];

    /// <summary>The rep's window if the store still stands at <paramref name="version"/>; taken out while a sync changes it.</summary>
    public MailWindowState? Take(RepId rep, string? version)
    {
        lock (gate)
        {
            if (!windows.Remove(rep, out var held))
            {
                return null;
            }
            return version is not null && held.Version == version ? held.State : null;
        }
    }

    public void Put(RepId rep, string? version, MailWindowState state)
    {
        if (version is null || maxWeight == 0)
        {
            return;
        }
        var now = Environment.TickCount64;
        lock (gate)
        {
            windows[rep] = (version, state, now);
            var total = windows.Values.Sum(w => (long)w.State.Weight);
            // Whole windows, least recently scanned first, are made compact.
            foreach (var whole in windows.Values.Where(w => w.State.Entries is not null).OrderBy(w => w.Used).ToList())
            {
                if (total <= maxWeight)
                {
                    return;
                }
                var before = whole.State.Weight;
                whole.State.Compact();
                total -= before - whole.State.Weight;
            }
            // Then windows no round has used for an hour (a rep gone quiet, or now scanned elsewhere), then the newcomer.
            var gone = windows.Where(w => total > maxWeight && now - w.Value.Used > Unused.TotalMilliseconds).OrderBy(w => w.Value.Used).ToList();
            foreach (var (key, held) in gone.TakeWhile(_ => total > maxWeight))
            {
                windows.Remove(key);
                total -= held.State.Weight;
            }
            if (total > maxWeight)
            {
                windows.Remove(rep);
            }
        }
    }
}
