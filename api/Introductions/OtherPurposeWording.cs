using System.Text.RegularExpressions;
using OutlookReferral.Introductions.Languages;

namespace OutlookReferral.Introductions;

/// <summary>
/// Wording that hands the rep to someone for another purpose than a sale: a job for the rep, the
/// writer's own firm serving the rep, or the rep copied to watch an introduction between others.
/// </summary>
internal static partial class OtherPurposeWording
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace;

    // Recruiters name-drop and "connect you with" like anyone else; the job is what gives them away.
    [GeneratedRegex(@"
          \brecruit(?:er|ers|ing|ment)\b | \bhead-?hunt | \btalent\s+(?:acquisition|partner|scout)
        | \b(?:I'?m|I\s+am|we'?re|we\s+are)\s+(?:currently\s+|actively\s+)?(?:hiring|recruiting)\b
        | \b(?:confidential|retained|executive|exec)\s+(?:search|role|position|opportunity)
        | \b(?:role|position|vacancy|opening|search|job)\s+(?:that\s+|which\s+)?(?:I\s+think\s+)?you(?:'d|’d|\s+would|\s+might)\s+be\s+
            (?:perfect|ideal|great|a\s+(?:great|good|strong)\s+fit)
        | \byour\s+(?:background|profile|experience|cv|résumé|resume)\s+(?:looks|seems|would\s+be|is\s+(?:a|an|exactly)|caught|stood\s+out|fits)
        | \b(?:job|career)\s+(?:opening|offer|opportunit(?:y|ies)|move)
        | \b(?:VP|SVP|EVP|Vice\s+President|Head\s+of|Director|Chief)\b[\w\s&,-]{0,20}?\b(?:search|vacancy|opening|opportunity)\b", Options)]
    private static partial Regex Recruiting();

    // "Sean will be your account manager", "my successor": the writer's firm looking after the rep.
    [GeneratedRegex(@"
          \byour\s+(?:new\s+|dedicated\s+|main\s+|primary\s+|day-to-day\s+|named\s+)?
            (?: account\s+(?:manager|executive|director|lead|team|rep(?:resentative)?|owner) | point\s+of\s+contact
              | contact\s+(?:person|going\s+forward|from\s+now\s+on) | (?:customer\s+)?success\s+(?:manager|lead|team) | csm
              | support\s+(?:engineer|contact|team|lead) | onboarding\s+(?:manager|specialist|lead|team)
              | implementation\s+(?:manager|lead|consultant|team) | (?:sales\s+)?rep(?:resentative)? )\b
        | \b(?:look|looking|will\s+look)\s+after\s+(?:you|your\s+account)\b
        | \bmy\s+successor\b | \b(?:taking|take|takes|will\s+take)\s+over\s+(?:from\s+me|my\s+(?:accounts?|role|portfolio|clients?)|your\s+account)\b
        | \b(?:I'?m|I\s+am|I\s+will\s+be)\s+(?:leaving|moving\s+(?:on|to\s+a\s+new\s+role)|stepping\s+(?:down|away|back\s+from)|handing\s+over
            |going\s+on\s+(?:leave|parental|maternity|paternity))", Options)]
    private static partial Regex ServiceHandover();

    // "Sam cc'd for visibility", "keeping Sam in the loop".
    [GeneratedRegex(@"\b(?:for\s+(?:visibility|awareness|your\s+information|info|reference|transparency)|in\s+the\s+loop
        |keep(?:ing)?\s+\p{L}+\s+(?:posted|informed|updated))\b", Options)]
    private static partial Regex Observer();

    /// <summary>Is the message about a job for the rep?</summary>
    public static bool IsRecruiting(string topic, string opening) => Recruiting().IsMatch(topic) || Recruiting().IsMatch(opening);

    /// <summary>Does the writer hand the rep to a colleague who will serve them (account manager, successor)?</summary>
    public static bool IsServiceHandover(string topic, string opening) =>
        ServiceHandover().IsMatch(topic) || ServiceHandover().IsMatch(opening) || Wordings.IsServiceHandover(topic, opening);

    /// <summary>Does a sentence say the rep is only copied to watch ("Sam cc'd for visibility")?</summary>
    public static bool CopiesTheRepToWatch(string opening, NameWords rep)
    {
        foreach (var index in Observer().Matches(opening).Select(m => m.Index).Concat(Wordings.ObserverPhrases(opening)))
        {
            var start = opening.AsSpan(0, index).LastIndexOfAny(".!?\n(") + 1;
            var end = opening.AsSpan(index).IndexOfAny(".!?\n)");
            var sentence = opening[start..(end < 0 ? opening.Length : index + end)];
            if (rep.IsNamedIn(sentence))
            {
                return true;
            }
        }
        return false;
    }
}
