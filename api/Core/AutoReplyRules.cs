namespace OutlookReferral.Core;

/// <summary>
/// Tells an automatic reply (out of office, vacation responder) from a human answer.
/// An automatic reply never counts as the prospect answering.
/// </summary>
public static class AutoReplyRules
{
    // Subject prefixes that Exchange, Gmail and common responders put on automatic replies.
    private static readonly string[] SubjectMarkers =
    [
        "automatic reply", "auto reply", "auto-reply", "autoreply", "auto response", "auto-response",
        "out of office", "out of the office", "ooo:", "away from the office", "abwesenheitsnotiz", "réponse automatique",
    ];

    public static bool IsAutomaticReply(MailItem message)
    {
        // RFC 3834: anything but "no" means a machine wrote it.
        var autoSubmitted = Header(message, DetectorHeaders.AutoSubmitted);
        if (autoSubmitted is not null && !autoSubmitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (IsExchangeAutoReply(message) || HasResponderHeader(message))
        {
            return true;
        }
        var subject = message.Subject.TrimStart();
        return SubjectMarkers.Any(marker => subject.StartsWith(marker, StringComparison.OrdinalIgnoreCase));
    }

    // Exchange's out-of-office template suppresses further auto-responses and carries its inbox-rules loop marker.
    private static bool IsExchangeAutoReply(MailItem message)
    {
        var suppress = Header(message, DetectorHeaders.AutoResponseSuppress);
        var oofSuppressed = suppress is not null
            && (suppress.Contains("All", StringComparison.OrdinalIgnoreCase) || suppress.Contains("OOF", StringComparison.OrdinalIgnoreCase));
        return (oofSuppressed && Header(message, DetectorHeaders.InboxRulesLoop) is not null)
            || Header(message, DetectorHeaders.GeneratedMessageSource)?.Contains("Mailbox Rules Agent", StringComparison.OrdinalIgnoreCase) == true;
    }

    private static bool HasResponderHeader(MailItem message) =>
        Header(message, DetectorHeaders.Autoreply) is not null
        || Header(message, DetectorHeaders.Autorespond) is not null
        || Header(message, DetectorHeaders.Precedence)?.Trim().Equals("auto_reply", StringComparison.OrdinalIgnoreCase) == true;

    private static string? Header(MailItem message, string name) => DetectorHeaders.Value(message, name);
}
