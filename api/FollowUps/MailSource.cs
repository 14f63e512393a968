namespace OutlookReferral.FollowUps;

/// <summary>The window's mail for a scan, given the tracked addresses and the keep rule.</summary>
public delegate Task<MailWindow> MailSource(IReadOnlySet<string> tracked, Func<MailItem, bool> keep, CancellationToken ct);
