namespace OutlookReferral.Core;

/// <summary>
/// The message headers the detectors read (<see cref="AutoReplyRules"/>, <see cref="ImpersonalMailRules"/>), in one place:
/// a kept message is stored and held with these alone. A message's headers are mostly transport trace (Received,
/// Authentication-Results, ARC, DKIM), a kilobyte or two a message; at 100,000 messages the kept ones' trace was a sixth
/// of the window a first scan holds (README, benchmarks). A rule that reads a new header adds it here, or its stored mail loses it.
/// </summary>
public static class DetectorHeaders
{
    public const string AutoSubmitted = "Auto-Submitted";
    public const string AutoResponseSuppress = "X-Auto-Response-Suppress";
    public const string InboxRulesLoop = "X-MS-Exchange-Inbox-Rules-Loop";
    public const string GeneratedMessageSource = "X-MS-Exchange-Generated-Message-Source";
    public const string Autoreply = "X-Autoreply";
    public const string Autorespond = "X-Autorespond";
    public const string Precedence = "Precedence";
    public const string ListUnsubscribe = "List-Unsubscribe";
    public const string ListId = "List-Id";
    public const string ContentClass = "Content-Class";
    public const string ContentType = "Content-Type";

    /// <summary>Every Exchange calendar header (X-MS-Exchange-Calendar-Originator-Id, ...) marks meeting mail.</summary>
    public const string ExchangeCalendarPrefix = "X-MS-Exchange-Calendar";

    private static readonly HashSet<string> Read = new(StringComparer.OrdinalIgnoreCase)
    {
        AutoSubmitted, AutoResponseSuppress, InboxRulesLoop, GeneratedMessageSource, Autoreply, Autorespond, Precedence,
        ListUnsubscribe, ListId, ContentClass, ContentType,
    };

    /// <summary>What <see cref="ImpersonalMailRules"/> looks for in a Content-Type.</summary>
    public const string CalendarMediaType = "text/calendar";

    // Headers the rules read only the presence of.
    private static readonly HashSet<string> PresenceOnly = new(StringComparer.OrdinalIgnoreCase) { ListUnsubscribe, ListId, InboxRulesLoop };

    /// <summary>
    /// A read header's value as a kept message holds it, as much as the rules read of it: none of a header they only
    /// look for (an unsubscribe link, a list id, the rules loop's address), and only the media type of a Content-Type
    /// that does not name a calendar (not its parameters, above all a multipart boundary). Those values differ from
    /// message to message: 3.8 MiB of a 100,000-message window's kept mail, where "multipart/alternative" is one string.
    /// A rule that reads more of a header changes this too, or its stored mail loses it.
    /// </summary>
    public static string AsKept(string name, string value)
    {
        if (PresenceOnly.Contains(name))
        {
            return "";
        }
        return name.Equals(ContentType, StringComparison.OrdinalIgnoreCase) && !value.Contains(CalendarMediaType, StringComparison.OrdinalIgnoreCase)
            && value.IndexOf(';') is var parameters and >= 0
            ? value[..parameters].TrimEnd()
            : value;
    }

    public static bool IsRead(string name) =>
        Read.Contains(name) || name.StartsWith(ExchangeCalendarPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of the first header of that name, as the rules look it up; null when there is none.</summary>
    public static string? Value(MailItem message, string name)
    {
        // A loop, not a query: the rules ask this of every message of every referral's story on every scan.
        foreach (var header in message.Headers)
        {
            if (header.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }
        return null;
    }
}
