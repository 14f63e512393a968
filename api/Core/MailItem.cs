namespace OutlookReferral.Core;

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

    /// <summary>Display names of the sender and recipients, by normalised address, as the message gave them.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    public string NameOf(string address) => Names.TryGetValue(address, out var name) && name.Length > 0 ? name : address;

    public bool IsAddressedTo(string address) =>
        To.Contains(address, StringComparer.OrdinalIgnoreCase) || Cc.Contains(address, StringComparer.OrdinalIgnoreCase);

    public bool IsFrom(string address) => string.Equals(From, address, StringComparison.OrdinalIgnoreCase);
}
