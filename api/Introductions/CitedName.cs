using OutlookReferral.Introductions.Languages;

namespace OutlookReferral.Introductions;

/// <summary>A name as a writer cited it, cleaned for lookup: articles and titles before it dropped.</summary>
internal static class CitedName
{
    /// <summary>"A Fernanda Lima" → Fernanda Lima; "Herrn Dr. Krüger" → Krüger, titled (found by last name).</summary>
    public static (string Name, bool Titled) Clean(string cited)
    {
        var words = cited.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && Wordings.IsArticle(words[0]))
        {
            words.RemoveAt(0);
        }
        var titled = false;
        while (words.Count > 1 && Wordings.IsHonorific(words[0]))
        {
            words.RemoveAt(0);
            titled = true;
        }
        return (string.Join(' ', words), titled);
    }

    /// <summary>A first name and the full names it may stand for, folded.</summary>
    public static HashSet<string> FirstNames(string first) =>
        [PersonName.Fold(first), .. Wordings.FullNamesFor(first).Select(PersonName.Fold)];
}
