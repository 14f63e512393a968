using System.Text.RegularExpressions;
using OutlookReferral.Platform;

namespace OutlookReferral.Drafting;

/// <summary>Turns a step, a referral and a template into the draft to create. Pure.</summary>
public static partial class DraftComposer
{
    private static readonly HashSet<CadenceStep> ToProspect =
        [CadenceStep.FirstReachOut, CadenceStep.SecondNote, CadenceStep.CheckIn, CadenceStep.Indifference, CadenceStep.SorryIMissedYou];

    public static bool IsToProspect(CadenceStep step) => ToProspect.Contains(step);

    [GeneratedRegex(@"^\s*((re|fw|fwd|aw|sv|wg)\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefixes();

    public static DraftPlan Compose(DraftInputs inputs, Template template)
    {
        var referral = inputs.Referral;
        var toProspect = IsToProspect(inputs.Step);
        var thread = toProspect ? inputs.Status.LatestThread : null;
        var topic = thread is null ? "" : ReplyPrefixes().Replace(thread.Subject, "").Trim();
        var values = Values(inputs, topic);

        var subject = TemplateTokens.RenderSubject(template.Subject, values);
        if (thread is not null)
        {
            subject = ReplySubject(subject, topic, referral.Source.Name, requiresSource: template.Subject.Contains("{SourceName}", StringComparison.Ordinal));
        }
        return new DraftPlan(
            inputs.Step,
            thread?.MessageId,
            [toProspect ? referral.Prospect : referral.Source],
            // A name or topic from mail may carry NUL or bidi controls: the subject we write carries neither.
            Fit(HiddenCharacters.Strip(subject)),
            TemplateTokens.RenderBody(template.Body, values));
    }

    /// <summary>
    /// A reply keeps the thread's topic. When the template wants the source's name in the subject and
    /// the topic lacks it, the template's subject leads and the topic follows in brackets.
    /// </summary>
    private static string ReplySubject(string rendered, string topic, string sourceName, bool requiresSource)
    {
        if (topic.Length == 0)
        {
            return rendered;
        }
        if (!requiresSource || topic.Contains(sourceName, StringComparison.OrdinalIgnoreCase))
        {
            return $"RE: {topic}";
        }
        var room = Template.MaxSubjectLength - rendered.Length - " (RE: )".Length;
        return room < 8 ? rendered : $"{rendered} (RE: {(topic.Length > room ? topic[..(room - 1)] + "…" : topic)})";
    }

    private static string Fit(string subject) => subject.Length <= Template.MaxSubjectLength ? subject : subject[..(Template.MaxSubjectLength - 1)] + "…";

    private static Dictionary<string, string> Values(DraftInputs inputs, string topic)
    {
        var r = inputs.Referral;
        return new Dictionary<string, string>
        {
            ["ProspectName"] = r.Prospect.Name,
            ["ProspectFirstName"] = FirstName(r.Prospect.Name),
            ["SourceName"] = r.Source.Name,
            ["SourceFirstName"] = FirstName(r.Source.Name),
            ["RepName"] = inputs.Rep.DisplayName,
            ["RepFirstName"] = FirstName(inputs.Rep.DisplayName),
            ["LastSubject"] = topic.Length > 0 ? topic : inputs.Status.LastTouch?.Subject ?? "",
            ["FirstTouchDate"] = inputs.Status.FirstTouchAt is { } first ? MonthDay.Of(first, inputs.TimeZone) : "",
            ["TouchCount"] = Times(inputs.Status.TouchCount),
            ["MeetingTime"] = inputs.MeetingTime ?? "",
            ["OpenSlots"] = Slots(inputs.OpenSlots),
        };
    }

    private static string FirstName(string name) =>
        name.Contains('@', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(name) ? "there" : name.Trim().Split(' ')[0];

    private static string Times(int count) => count switch
    {
        0 => "a few times",
        1 => "once",
        2 => "twice",
        _ => $"{count} times",
    };

    private static string Slots(IReadOnlyList<string>? slots) =>
        slots is null || slots.Count == 0
            ? ""
            : "<ul>" + string.Concat(slots.Select(s => $"<li>{System.Net.WebUtility.HtmlEncode(s)}</li>")) + "</ul>";
}
