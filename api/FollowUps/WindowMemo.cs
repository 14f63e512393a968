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

    /// <summary>What to store: for whom, and what each message showed.</summary>
    internal (string? For, Dictionary<string, List<IntroductionCandidate>> Examined) Export() =>
        (examinedFor, examined.ToDictionary(e => e.Key, e => e.Value.ToList(), StringComparer.Ordinal));

    /// <summary>As stored with the snapshot: nothing to store again until more is examined.</summary>
    internal void Import(string? examinedFor, Dictionary<string, List<IntroductionCandidate>>? stored)
    {
        this.examinedFor = examinedFor;
        foreach (var (id, found) in stored ?? [])
        {
            examined[id] = found;
        }
        Saved();
    }

    internal void Saved() => stored = examined.Count;

    private static string KeyOf(RepProfile rep) =>
        $"{rep.UserId}\n{rep.DisplayName}\n{string.Join('\n', rep.Addresses.Order(StringComparer.OrdinalIgnoreCase))}";
}
