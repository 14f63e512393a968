using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Work done on one build of a mail window that stays true as long as the window does: which introductions each kept
/// message shows (they depend on the message, the rep and the correspondents index, not on the clock), and the kept
/// messages by address. A rescan that changed nothing reads them instead of running the detectors again.
/// </summary>
public sealed class WindowMemo
{
    private readonly Dictionary<string, IReadOnlyList<IntroductionCandidate>> examined = new(StringComparer.Ordinal);
    private string? examinedFor;

    /// <summary>The kept messages by every address they carry; built once per window.</summary>
    public Dictionary<string, List<MailItem>>? ByAddress { get; set; }

    /// <summary>The introductions found per message id, for this rep: forgotten when the rep's profile is another.</summary>
    public Dictionary<string, IReadOnlyList<IntroductionCandidate>> ExaminedFor(RepProfile rep)
    {
        var key = $"{rep.UserId}\n{rep.DisplayName}\n{string.Join('\n', rep.Addresses.Order(StringComparer.OrdinalIgnoreCase))}";
        if (key != examinedFor)
        {
            examined.Clear();
            examinedFor = key;
        }
        return examined;
    }
}
