namespace OutlookReferral.FollowUps;

/// <summary>Which mail folder a message was read from.</summary>
public enum MailFolderKind { Inbox, SentItems }

public readonly record struct MailHeader(string Name, string Value);

/// <summary>
/// A message as the detectors see it: plain data, addresses already lower-cased,
/// <see cref="At"/> is when it was sent (sent items) or received (inbox).
/// </summary>
public sealed record MailItem(
    string Id,
    string ConversationId,
    string Subject,
    string From,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    DateTimeOffset At,
    MailFolderKind Folder,
    string BodyPreview = "",
    IReadOnlyList<MailHeader>? Headers = null)
{
    public IReadOnlyList<MailHeader> Headers { get; init; } = Headers ?? [];

    public bool IsAddressedTo(string address) =>
        To.Contains(address, StringComparer.OrdinalIgnoreCase) || Cc.Contains(address, StringComparer.OrdinalIgnoreCase);

    public bool IsFrom(string address) => string.Equals(From, address, StringComparison.OrdinalIgnoreCase);
}

public static class Address
{
    /// <summary>Addresses compare case-insensitively; we store and index them trimmed and lower-cased.</summary>
    public static string Normalize(string? address) => (address ?? "").Trim().ToLowerInvariant();
}
