using System.Text.RegularExpressions;

namespace OutlookReferral.Introductions;

/// <summary>
/// How a prospect writing first names whoever sent them: "George Smith suggested I reach out",
/// "I was referred to you by George Smith", "At George Smith's suggestion".
/// </summary>
internal static partial class ReferralWording
{
    // A name as people write it: capitalised words on one line ("George Smith", "George A. Smith", "Alicia Gómez", "Seán O'Neill").
    private const string Name = @"(?<![\p{L}])(?-i:(?<name>\p{Lu}[\p{L}-]*(?:['’]\p{Lu}[\p{L}-]*)?\.?(?:[ ]\p{Lu}[\p{L}-]*(?:['’]\p{Lu}[\p{L}-]*)?\.?){0,3}))";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace;

    // Cheap first look, and the gate in front of the patterns below: each of them holds one of these.
    [GeneratedRegex(@"suggest | recommend | referr | referral | advised | advice | your\s+(?:name|details|contact|e-?mail|address|number|info)
        | mentioned\s+(?:you|your|that) | (?:said|says|thought|thinks|told\s+me|tells\s+me|felt|feels)\s+(?:that\s+)?(?:I|we|you)\b
        | (?:told|asked|encouraged)\s+me\s+to | pointed\s+me | put\s+(?:me|us)\s+in\s+touch | (?:connected|introduced)\s+us
        | introduced\s+to\s+you | highly\s+of\s+you | kind\s+enough | mentioned\s+(?:that\s+)?(?:I|we)\b
        | (?:said|says|thought|thinks|felt|feels)\s+(?:that\s+)?it(?:'d|’d|\s+would|\s+might|\s+could)\b", Options)]
    private static partial Regex Cue();

    // The name, then what they did: "George Smith (cc'd) suggested I reach out", "George Smith, who I worked with at Adatum, referred me",
    // "George Smith speaks highly of you and suggested we talk", "a friend of George Smith's – he thought we should talk".
    // Between the name and the verb: "(cc'd)", ", who I worked with at Adatum,", " from Adatum", ", who", "... and", "'s ... he".
    [GeneratedRegex(Name + @"(?:\s*\([^)]{1,30}\))?(?:,[^,\n]{1,60},)?,?
        (?:\s+[^.!?;\n]{1,60}?\s+and | ['’]?s?[^.!?;\n]{0,40}?\s+(?:he|she|they) | \s+who(?:'s|’s|\s+has)?
          | \s+(?:from|at|of|over\s+at)\s+(?-i:\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,2}) )?\s+
        (?:has\s+|had\s+|kindly\s+|very\s+kindly\s+|just\s+|also\s+)?
        (?: (?:suggested|recommended|advised)\s+(?:that\s+)?(?:I\b|we\b|you\b|your\b|reaching|contacting|speaking|talking|getting|connecting|writing|emailing|dropping)
          | referred\s+(?:me|us)\b | (?:connected|introduced)\s+us\b | put\s+(?:me|us)\s+in\s+touch\b
          | (?:gave|passed|sent|shared|forwarded)\s+(?:me\s+)?(?:on\s+|along\s+)?your\s+(?:name|details|contact|e-?mail|address|number|info)
          | was\s+(?:kind|good)\s+enough\s+to\s+(?:share|pass|give|send|forward)\s+(?:me\s+)?(?:on\s+|along\s+)?your\s+(?:name|details|contact|e-?mail|address|number|info)
          | mentioned\s+(?:you|your|that\s+you)
          | (?:speaks|spoke|has\s+spoken)\s+(?:very\s+|so\s+|really\s+)?highly\s+of\s+(?:you|your)
          | (?:said|says|mentioned|thought|thinks|told\s+me|tells\s+me|felt|feels)\s+(?:that\s+)?(?:I|we|you\s+and\s+I)\s+(?:should|could|might|ought|must|would)\b
          | (?:said|says|told\s+me|tells\s+me|mentioned|thought|thinks)\s+(?:that\s+)?you(?:'d|’d|\s+would|'re|’re|\s+are|\s+were)\s+(?:be\s+)?(?:the|a|an)\s+
              (?:right|best|good|great|ideal|perfect|obvious)\s+(?:person|people|contact|one)
          | (?:said|says|told\s+me|tells\s+me|mentioned)\s+(?:that\s+)?you(?:'re|’re|\s+are|\s+were)\s+(?:the|an?|his|her|their)\s+(?:go-to|expert|specialist)
          | (?:said|says|told\s+me|tells\s+me|mentioned|thought|thinks)\s+(?:that\s+)?you\s+(?:might|could|may|would|can|'d|’d)\s+(?:be\s+able\s+to\s+)?help\b
          | (?:said|says|thought|thinks|felt|feels)\s+(?:that\s+)?it(?:'d|’d|\s+would|\s+might|\s+could)\s+be\s+(?:worth|good|useful|helpful|great|a\s+good\s+idea)
              \s+(?:for\s+)?(?:us|me|you\s+and\s+(?:I|me))\s+(?:to\s+)?(?:connect|talk|speak|chat|meet|get\s+in\s+touch)
          | (?:told|asked|encouraged)\s+me\s+to\s+(?:reach|get|contact|talk|speak|email|write|drop|ping|call|connect)\b
          | pointed\s+me\s+(?:your\s+way|to\s+you|in\s+your\s+direction|towards\s+you) )", Options)]
    private static partial Regex NameThenReferral();

    // What they did, then the name: "referred to you by George Smith", "got your details from my colleague George Smith",
    // "your name came up in a conversation with George Smith".
    [GeneratedRegex(@"(?: referred\s+(?:to\s+you\s+)?by | referral\s+from | introduced\s+to\s+(?:you|your\s+(?:team|company|firm|work))\s+by | (?:recommendation|suggestion|advice)\s+(?:of|from)
          | (?:got|have|received|was\s+given|obtained)\s+your\s+(?:name|details|contact\s+details|contact|e-?mail|address|number|info)\s+(?:from|via|through)
          | (?:given|passed|sent)\s+your\s+(?:name|details|contact\s+details|contact|e-?mail|address|number|info)\s+by
          | your\s+name\s+came\s+up\s+(?:in\s+(?:a|my)\s+(?:conversation|chat|call|meeting)\s+)?(?:with|when\s+(?:talking|speaking)\s+(?:to|with)) )
        \s+(?:(?:my|our)\s+(?:mutual\s+)?(?:colleague|friend|contact)\s+)?" + Name, Options)]
    private static partial Regex ReferralThenName();

    // "At George Smith's suggestion", "on George Smith's recommendation".
    [GeneratedRegex(Name + @"['’]s\s+(?:suggestion|recommendation|advice|referral)\b", Options)]
    private static partial Regex PossessiveReferral();

    // Capitalised words that open a sentence or stand for a person without naming one.
    private static readonly string[] NotNames =
    [
        "i", "we", "he", "she", "they", "you", "it", "my", "our", "your", "his", "her", "their", "this", "that", "someone",
        "somebody", "everyone", "hi", "hello", "hey", "dear", "also", "and", "but", "so", "at", "on", "per", "following",
        "yesterday", "today", "recently", "last", "when", "mr", "mrs", "ms", "dr",
    ];

    public static bool HasCue(ReadOnlySpan<char> text) => Cue().IsMatch(text);

    /// <summary>The names the text credits with sending its writer, in the order written; stray leading words dropped.</summary>
    public static IReadOnlyList<string> CitedNames(string text)
    {
        // Every pattern below holds a cue word, and the cue is far cheaper than the patterns.
        if (!HasCue(text))
        {
            return [];
        }
        var names = new List<string>();
        foreach (var pattern in new[] { NameThenReferral(), ReferralThenName(), PossessiveReferral() })
        {
            // Overlapping matches: "Hi Sam, George Smith ... suggested" first matches from "Hi Sam"; the real name starts later.
            for (var match = pattern.Match(text); match.Success; match = pattern.Match(text, match.Index + 1))
            {
                var words = match.Groups["name"].Value.Split(' ').SkipWhile(w => NotNames.Contains(w.TrimEnd('.'), StringComparer.OrdinalIgnoreCase)).ToList();
                if (words.Count > 0)
                {
                    names.Add(string.Join(' ', words));
                }
            }
        }
        return names;
    }
}
