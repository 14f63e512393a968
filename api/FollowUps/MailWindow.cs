using OutlookReferral.Introductions;

namespace OutlookReferral.FollowUps;

/// <summary>The scan window's mail as the detectors read it: the kept messages, everyone met in any message, and how many messages Graph sent.</summary>
public sealed record MailWindow(IReadOnlyList<MailItem> Messages, Correspondents Correspondents, int MessagesRead);
