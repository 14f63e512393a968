using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Work done on one build of a mail window that stays true as long as the window does: which introductions each kept
/// message shows (they depend on the message, the rep and the correspondents index, not on the clock), and the kept
/// messages by address. A rescan that changed nothing reads them instead of running the detectors again; the first is
/// stored with the window's snapshot, so another instance's rescan does not run them either.
/// </summary>
public sealed class WindowMemo
{
    private readonly Dictionary<string, IReadOnlyList<IntroductionCandidate>> examined = new(StringComparer.Ordinal);
    private string? examinedFor;
    private int stored;

    /// <summary>The kept messages by every address they carry; built once per window.</summary>
    public Dictionary<string, List<MailItem>>? ByAddress { get; set; }

    /// <summary>Examined more messages, or for another rep, than the stored snapshot holds.</summary>
    public bool Unsaved => examined.Count != stored;

    /// <summary>The introductions found per message id, for this rep: forgotten when the rep's profile is another.</summary>
    public Dictionary<string, IReadOnlyList<IntroductionCandidate>> ExaminedFor(RepProfile rep)
    {
        var key = KeyOf(rep);
        if (key != examinedFor)
        {
            examined.Clear();
            examinedFor = key;
            stored = -1;
        }
        return examined;
    }

    /// <summary>
    /// What to store: for whom, what the messages that showed an introduction showed, and the newest examined message's
    /// time. The detector examines every kept message up to the scan's time, so the kept messages up to that time that
    /// are not listed showed nothing: most of them, and not written out one by one.
    /// </summary>
    internal (string? For, Dictionary<string, List<IntroductionCandidate>> Shown, DateTimeOffset? Through) Export(IEnumerable<MailItem> kept)
    {
        DateTimeOffset? through = null;
        foreach (var message in kept)
        {
            if (examined.ContainsKey(message.Id) && (through is null || message.At > through))
            {
                through = message.At;
            }
        }
        var shown = examined.Where(e => e.Value.Count > 0).ToDictionary(e => e.Key, e => e.Value.ToList(), StringComparer.Ordinal);
        return (examinedFor, shown, through);
    }

    /// <summary>As stored with the snapshot: nothing to store again until more is examined.</summary>
    internal void Import(string? examinedFor, Dictionary<string, List<IntroductionCandidate>>? shown, DateTimeOffset? through, IEnumerable<MailItem> kept)
    {
        this.examinedFor = examinedFor;
        foreach (var (id, found) in shown ?? [])
        {
            examined[id] = found;
        }
        if (through is { } last)
        {
            foreach (var message in kept)
            {
                if (message.At <= last)
                {
                    examined.TryAdd(message.Id, []);
                }
            }
        }
        Saved();
    }

    internal void Saved() => stored = examined.Count;

    private static string KeyOf(RepProfile rep) =>
        $"{rep.UserId}\n{rep.DisplayName}\n{string.Join('\n', rep.Addresses.Order(StringComparer.OrdinalIgnoreCase))}";
}
