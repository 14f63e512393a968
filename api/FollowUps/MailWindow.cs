using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>
/// The scan window's mail as the detectors read it: the kept messages, everyone met in any message, and how many
/// messages Graph sent; with a stored window, the work already done on it (<see cref="WindowMemo"/>).
/// </summary>
public sealed record MailWindow(IReadOnlyList<MailItem> Messages, Correspondents Correspondents, int MessagesRead, WindowMemo? Memo = null)
{
    /// <summary>Called once the detectors have read the window: keeps what they learnt of it for the next scan, on any instance.</summary>
    public Func<CancellationToken, Task>? RememberAsync { get; init; }
}
