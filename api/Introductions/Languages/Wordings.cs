using System.Buffers;
using System.Text.RegularExpressions;

namespace OutlookReferral.Introductions.Languages;

/// <summary>
/// The six languages' wording put together for the detector. Every look starts with the anchors, one vectorised search
/// over all languages at once: most mail holds none, and then no expression runs.
/// </summary>
internal static class Wordings
{
    private static readonly CompiledWording[] All =
        [new(English.Words), new(German.Words), new(Spanish.Words), new(French.Words), new(Dutch.Words), new(Portuguese.Words)];

    private static readonly SearchValues<string> Anchors = SearchValues.Create(
        All.SelectMany(w => w.Words.Anchors).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string[]> ShortNames = All.SelectMany(w => w.Words.ShortNames)
        .GroupBy(p => PersonName.Fold(p.Key))
        .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());

    private static readonly HashSet<string> Honorifics =
        All.SelectMany(w => w.Words.Honorifics).Select(h => h.TrimEnd('.')).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Articles = All.SelectMany(w => w.Words.Articles).ToHashSet(StringComparer.Ordinal);

    /// <summary>Could the subject or these lines introduce or refer in any of the languages? For the prefilter: cheap when no anchor is there.</summary>
    public static bool MayIntroduce(ReadOnlySpan<char> subject, ReadOnlySpan<char> opening, bool isForward)
    {
        var inSubject = subject.ContainsAny(Anchors);
        var inOpening = opening.ContainsAny(Anchors);
        if (!inSubject && !inOpening)
        {
            return false;
        }
        foreach (var language in All)
        {
            if ((inSubject && language.HasAnchor(subject) && (Matches(language.IntroSubject, subject) || Matches(language.Cites, subject)))
                || (inOpening && language.HasAnchor(opening) && (Matches(language.Outright, opening) || Matches(language.Handoff, opening) || Matches(language.Cites, opening)
                    || (isForward && Matches(language.ForwardHandoff, opening)))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Do these lines introduce by their own phrasing, in any language (for replies, whose subject is the thread's)?</summary>
    public static bool HasPhrase(ReadOnlySpan<char> opening)
    {
        if (!opening.ContainsAny(Anchors))
        {
            return false;
        }
        foreach (var language in All)
        {
            if (language.HasAnchor(opening) && (Matches(language.Outright, opening) || Matches(language.Handoff, opening)))
            {
                return true;
            }
        }
        return false;
    }

    public static IntroductionStrength Introduces(string topic, string opening)
    {
        var inTopic = topic.AsSpan().ContainsAny(Anchors);
        var inOpening = opening.AsSpan().ContainsAny(Anchors);
        if (!inTopic && !inOpening)
        {
            return IntroductionStrength.None;
        }
        var languages = All.Where(l => (inTopic && l.HasAnchor(topic)) || (inOpening && l.HasAnchor(opening))).ToList();
        if (languages.Any(l => Matches(l.IntroSubject, topic) || Matches(l.Outright, topic) || Matches(l.Outright, opening)))
        {
            return IntroductionStrength.Outright;
        }
        return languages.Any(l => Matches(l.Handoff, topic) || Matches(l.Handoff, opening))
            ? IntroductionStrength.Handoff
            : IntroductionStrength.None;
    }

    /// <summary>In a forward, does the note ask the rep to contact the person whose mail it forwards?</summary>
    public static bool AsksToContactTheForwarded(string opening) => All.Any(l => l.HasAnchor(opening) && Matches(l.ForwardHandoff, opening));

    /// <summary>Does the writer look back at an introduction made long ago ("ever since you put us in touch")?</summary>
    public static bool LooksBack(string opening) => All.Any(l => Matches(l.LookBack, opening));

    public static bool IsSelfIntroduction(string topic, string opening) => All.Any(l => Matches(l.SelfIntroduction, topic) || Matches(l.SelfIntroduction, opening));

    public static bool IsRecruiting(string topic, string opening) => All.Any(l => Matches(l.Recruiting, topic) || Matches(l.Recruiting, opening));

    public static bool IsServiceHandover(string topic, string opening) => All.Any(l => Matches(l.ServiceHandover, topic) || Matches(l.ServiceHandover, opening));

    /// <summary>Where the text says the rep is only copied to watch: the index of each such phrase.</summary>
    public static IEnumerable<int> ObserverPhrases(string opening) =>
        All.Where(l => l.Observer is not null).SelectMany(l => l.Observer!.Matches(opening)).Select(m => m.Index);

    /// <summary>The names the text credits with sending its writer, in any of the languages.</summary>
    public static IEnumerable<string> CitedNames(string text)
    {
        if (!text.AsSpan().ContainsAny(Anchors))
        {
            yield break;
        }
        foreach (var language in All.Where(l => l.Cites is not null && l.HasAnchor(text)))
        {
            for (var match = language.Cites!.Match(text); match.Success; match = language.Cites.Match(text, match.Index + 1))
            {
                if (match.Groups["name"].Success)
                {
                    yield return match.Groups["name"].Value;
                }
            }
        }
    }

    /// <summary>The full first names a short one stands for ("Paco": Francisco); empty when it is no known short form.</summary>
    public static IReadOnlyList<string> FullNamesFor(string first) =>
        ShortNames.TryGetValue(PersonName.Fold(first), out var full) ? full : [];

    public static bool IsHonorific(string word) => Honorifics.Contains(word.TrimEnd('.'));

    /// <summary>"A Fernanda Lima", "O Edu": an article before a name, written with a capital at the start of a sentence.</summary>
    public static bool IsArticle(string word) => Articles.Contains(word);

    private static bool Matches(Regex? pattern, ReadOnlySpan<char> text) => pattern is not null && text.Length > 0 && pattern.IsMatch(text);
}
