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

    public static bool IsRead(string name) =>
        Read.Contains(name) || name.StartsWith(ExchangeCalendarPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of the first header of that name, as the rules look it up; null when there is none.</summary>
    public static string? Value(MailItem message, string name) =>
        message.Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
