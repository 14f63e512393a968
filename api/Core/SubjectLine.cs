using System.Text.RegularExpressions;

namespace OutlookReferral.Core;

/// <summary>What a subject line says about a message's place in its thread.</summary>
internal static partial class SubjectLine
{
    // Mail gateways prepend "[EXTERNAL]" or "EXT:"; they say nothing about the thread.
    private const string GatewayTags = @"^\s*(?:(?:\[[^\]]{1,30}\]|\((?:ext|external)\)|(?:ext|external)\s*:)\s*)*";

    // Reply prefixes in the languages reps' contacts write in, with Outlook's "RE[2]:" counter.
    // "RES:" is Brazilian Outlook's. Not "VS:": Danish and Norwegian use it for forwards, Finnish for replies.
    [GeneratedRegex(GatewayTags + @"(?:re|res|aw|sv|antw|odp|rif|ref|réf)\s*(?:\[\d+\])?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();

    [GeneratedRegex(GatewayTags + @"(?:fw|fwd|wg|tr|rv|enc|vl|doorst)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardPrefix();

    [GeneratedRegex(GatewayTags, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTags();

    public static bool IsReply(string subject) => ReplyPrefix().IsMatch(subject);

    public static bool IsForward(string subject) => ForwardPrefix().IsMatch(subject);

    /// <summary>The subject without gateway tags: what its writer typed.</summary>
    public static string Topic(string subject) => LeadingTags().Replace(subject, "", 1).Trim();
}
