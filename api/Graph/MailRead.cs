namespace OutlookReferral.Graph;

/// <summary>The messages a scan kept, and how many it read in all.</summary>
public sealed record MailRead(IReadOnlyList<MailItem> Messages, int MessagesRead);
