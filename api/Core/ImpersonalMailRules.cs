namespace OutlookReferral.Core;

/// <summary>
/// Mail no person wrote to the rep in particular: newsletters and other bulk mail, calendar
/// traffic, automatic replies. Its wording can look like an introduction; it never is one.
/// </summary>
internal static class ImpersonalMailRules
{
    // Mailbox names that belong to systems rather than people; matched on the part before "@".
    private static readonly string[] MachineMailboxes =
    [
        "newsletter", "newsletters", "news", "notification", "notifications", "notify", "alerts", "updates", "digest",
        "marketing", "mailer-daemon", "postmaster", "bounce", "bounces",
    ];

    private static readonly string[] NoReplyMarkers = ["noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply"];

    // What Outlook, Google Calendar and others put in front of meeting mail.
    private static readonly string[] CalendarSubjects =
    [
        "invitation:", "updated invitation", "invitation updated", "invitation from", "accepted:", "declined:", "tentative:",
        "tentatively accepted:", "canceled:", "cancelled:", "canceled event", "cancelled event", "new time proposed:",
        "updated event", "meeting forward notification",
    ];

    public static bool IsImpersonal(MailItem message) =>
        IsBulk(message) || IsCalendar(message) || AutoReplyRules.IsAutomaticReply(message);

    private static bool IsBulk(MailItem message)
    {
        if (Header(message, DetectorHeaders.ListUnsubscribe) is not null || Header(message, DetectorHeaders.ListId) is not null)
        {
            return true;
        }
        var precedence = Header(message, DetectorHeaders.Precedence)?.Trim();
        if (precedence is not null && (precedence.Equals("bulk", StringComparison.OrdinalIgnoreCase)
            || precedence.Equals("list", StringComparison.OrdinalIgnoreCase) || precedence.Equals("junk", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var at = message.From.IndexOf('@');
        var mailbox = at < 0 ? message.From : message.From[..at];
        return MachineMailboxes.Contains(mailbox, StringComparer.OrdinalIgnoreCase)
            || NoReplyMarkers.Any(marker => mailbox.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Invitations and meeting responses: mail about a meeting rather than a conversation.</summary>
    public static bool IsCalendar(MailItem message)
    {
        var topic = SubjectLine.Topic(message.Subject);
        foreach (var prefix in CalendarSubjects)
        {
            if (topic.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return Header(message, DetectorHeaders.ContentClass)?.Contains("calendarmessage", StringComparison.OrdinalIgnoreCase) == true
            || Header(message, DetectorHeaders.ContentType)?.Contains(DetectorHeaders.CalendarMediaType, StringComparison.OrdinalIgnoreCase) == true
            || message.Headers.Any(h => h.Name.StartsWith(DetectorHeaders.ExchangeCalendarPrefix, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Header(MailItem message, string name) => DetectorHeaders.Value(message, name);
}
