namespace OutlookReferral.Introductions;

/// <summary>
/// Subjects that put the two sides of an introduction next to each other:
/// "Kim &lt;&gt; Sam", "Kim Lee (Fabrikam) / Sam Rivera (Contoso)", "Proseware + Contoso", "Ahmed &amp; Sam".
/// </summary>
internal static class PairedSubject
{
    // Arrows are made for introductions: any two short sides will do.
    private static readonly string[] Arrows = ["<>", "<->", "<=>", "↔", "⇔"];

    // Joiners are everyday punctuation ("Terms & Conditions"): the sides must name the rep and a prospect.
    private static readonly string[] Joiners = [" / ", " // ", " | ", " + ", " & ", " x "];

    private const int MostWordsPerSide = 6;

    public static bool Pairs(string topic, Addressees people)
    {
        if (ArrowSides(topic) is var (left, right))
        {
            return IsShort(left) && IsShort(right);
        }
        return JoinedSides(topic) is var (l, r) && IsShort(l) && IsShort(r) && IsNames(l) && IsNames(r)
            && ((people.Rep.IsNamedIn(l) && NamesProspect(r, people)) || (people.Rep.IsNamedIn(r) && NamesProspect(l, people)));
    }

    /// <summary>"Intro: Kim (Fabrikam) &lt;&gt; Hiro (Trey)" with the rep copied: each side names someone else, neither the rep.</summary>
    public static bool PairsOthers(string topic, Addressees people)
    {
        if ((ArrowSides(topic) ?? JoinedSides(topic)) is not var (left, right) || people.Rep.IsNamedIn(left) || people.Rep.IsNamedIn(right))
        {
            return false;
        }
        var onLeft = people.Prospects.Where(p => p.Name.IsNamedIn(left)).Select(p => p.Address).ToList();
        var onRight = people.Prospects.Where(p => p.Name.IsNamedIn(right)).Select(p => p.Address).ToList();
        return onLeft.Count > 0 && onRight.Count > 0 && onLeft.Concat(onRight).Distinct().Count() > 1;
    }

    private static (string Left, string Right)? ArrowSides(string topic)
    {
        foreach (var arrow in Arrows)
        {
            var at = topic.IndexOf(arrow, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (topic[..at], topic[(at + arrow.Length)..]);
            }
        }
        return null;
    }

    private static (string Left, string Right)? JoinedSides(string topic)
    {
        var joins = Joiners.SelectMany(j => Occurrences(topic, j).Select(at => (At: at, j.Length))).ToList();
        return joins.Count == 1 ? (topic[..joins[0].At], topic[(joins[0].At + joins[0].Length)..]) : null;
    }

    private static bool NamesProspect(string side, Addressees people) => people.Prospects.Any(p => p.Name.IsNamedIn(side));

    private static bool IsShort(string side)
    {
        var words = Words(side);
        return words.Length is > 0 and <= MostWordsPerSide && words.Any(w => w.Any(char.IsLetter));
    }

    // Names are capitalised: "Kim Lee (Fabrikam)" is one, "greet with Wingtip" is not.
    private static bool IsNames(string side) => Words(side).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));

    private static string[] Words(string side) =>
        side.Split([' ', '(', ')', ',', ':', '"'], StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<int> Occurrences(string text, string joiner)
    {
        for (var at = text.IndexOf(joiner, StringComparison.Ordinal); at >= 0; at = text.IndexOf(joiner, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
