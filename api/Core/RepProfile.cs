namespace OutlookReferral.Core;

/// <summary>The rep whose mailbox is read: every address that is "me".</summary>
public sealed record RepProfile(string UserId, string DisplayName, IReadOnlySet<string> Addresses)
{
    public static RepProfile Create(string userId, string displayName, IEnumerable<string?> addresses) =>
        new(userId, displayName, addresses.Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(Address.Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase));

    public string PrimaryAddress => Addresses.FirstOrDefault() ?? "";

    public bool Owns(string address) => Addresses.Contains(address);

    /// <summary>The rep wrote it: it is in their sent items, or it is from one of their addresses (mail sent from another client).</summary>
    public bool Wrote(MailItem message) => message.Folder == MailFolderKind.SentItems || Owns(message.From);

    /// <summary>The mailbox's time zone (Windows id, as Graph's mailboxSettings gives it), when known.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The rep's calendar: <see cref="TimeZone"/> when the machine knows it, else UTC.</summary>
    public TimeZoneInfo Zone =>
        TimeZone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
