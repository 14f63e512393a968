using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OutlookReferral.Drafting;

/// <summary>The tokens a template may use, and how they are filled in.</summary>
public static partial class TemplateTokens
{
    public static readonly IReadOnlyList<string> Known =
    [
        "ProspectName", "ProspectFirstName", "SourceName", "SourceFirstName", "RepName", "RepFirstName",
        "LastSubject", "FirstTouchDate", "TouchCount", "MeetingTime", "OpenSlots",
    ];

    /// <summary>Steps whose subject must carry the source's full name (the playbook's subject rule).</summary>
    public static readonly IReadOnlySet<CadenceStep> SourceNameRequired = new HashSet<CadenceStep> { CadenceStep.FirstReachOut, CadenceStep.SecondNote };

    // Values that are already safe HTML, built by us (never from mail): they go into bodies unencoded.
    private static readonly HashSet<string> HtmlValues = ["OpenSlots"];

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Token();

    public static IEnumerable<string> Used(string text) => Token().Matches(text).Select(m => m.Groups[1].Value).Distinct();

    public static IEnumerable<string> Unknown(string text) => Used(text).Where(t => !Known.Contains(t));

    /// <summary>Fills a subject: plain text, one line.</summary>
    public static string RenderSubject(string subject, IReadOnlyDictionary<string, string> values) =>
        Token().Replace(subject, m => OneLine(values.GetValueOrDefault(m.Groups[1].Value, ""))).Trim();

    /// <summary>Fills an HTML body: every value from mail or people is HTML-encoded.</summary>
    public static string RenderBody(string body, IReadOnlyDictionary<string, string> values) =>
        Token().Replace(body, m =>
        {
            var name = m.Groups[1].Value;
            var value = values.GetValueOrDefault(name, "");
            return HtmlValues.Contains(name) ? value : WebUtility.HtmlEncode(value);
        });

    public static int BodyBytes(string body) => Encoding.UTF8.GetByteCount(body);

    private static string OneLine(string value) => value.Replace('\r', ' ').Replace('\n', ' ');
}
