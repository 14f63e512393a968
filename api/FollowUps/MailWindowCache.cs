using OutlookReferral.Identity;

namespace OutlookReferral.FollowUps;

/// <summary>
/// The mail windows this instance last left, per rep, so a rescan with nothing changed rebuilds nothing. An entry
/// is used only while the store still stands where it was left (same delta links, same kept addresses): another
/// instance's round changes the links, and the window is then read again from the store. Bounded by a total
/// number of messages; the reps scanned least recently go first.
/// </summary>
public sealed class MailWindowCache(int maxMessages = MailWindowCache.DefaultMaxMessages)
{
    /// <summary>About 100 reps of 2,000 messages: a few tens of megabytes.</summary>
    public const int DefaultMaxMessages = 200_000;

    private readonly Lock gate = new();
    private readonly Dictionary<RepId, (string Stamp, MailWindowState State, long Used)> windows = [];
    private long clock;

    /// <summary>The rep's window if the store still stands at <paramref name="stamp"/>; taken out while a sync changes it.</summary>
    public MailWindowState? Take(RepId rep, string stamp)
    {
        lock (gate)
        {
            if (!windows.Remove(rep, out var held))
            {
                return null;
            }
            return held.Stamp == stamp ? held.State : null;
        }
    }

    public void Put(RepId rep, string stamp, MailWindowState state)
    {
        if (state.Count > maxMessages)
        {
            return;
        }
        lock (gate)
        {
            windows[rep] = (stamp, state, ++clock);
            var total = windows.Values.Sum(w => (long)w.State.Count);
            while (total > maxMessages)
            {
                var oldest = windows.MinBy(w => w.Value.Used);
                windows.Remove(oldest.Key);
                total -= oldest.Value.State.Count;
            }
        }
    }

    /// <summary>Where the stored window stands: its delta links and the addresses whose mail it keeps.</summary>
    public static string Stamp(IReadOnlyDictionary<string, string> links, IEnumerable<string> keptAddresses) =>
        string.Join('\n', links.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "\n\n" +
        string.Join('\n', keptAddresses.Select(a => a.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
