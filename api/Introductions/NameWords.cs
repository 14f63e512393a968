namespace OutlookReferral.Introductions;

/// <summary>The words a subject line may use for a person: first name, last name, company.</summary>
internal sealed record NameWords(string First, string Last, IReadOnlyList<string> Companies)
{
    /// <summary>True when a word of <paramref name="text"/> is this person's name or company ("Tailspin" for tailspintoys.com).</summary>
    public bool IsNamedIn(string text)
    {
        var words = text.Split([' ', '(', ')', ',', '.', ':', ';', '-', '–', '—', '\'', '’', '"', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Concat(words.Select(w => new string([.. w.Where(char.IsLetterOrDigit)]))).ToLowerInvariant();
        return words.Any(w => IsName(w) || IsCompany(w.ToLowerInvariant()))
            || Companies.Any(c => c.Length > 0 && joined == c);
    }

    private bool IsName(string word) =>
        (First.Length > 1 && word.Equals(First, StringComparison.OrdinalIgnoreCase))
        || (Last.Length > 1 && word.Equals(Last, StringComparison.OrdinalIgnoreCase));

    // A company is often written shorter than its domain: "Tailspin" for tailspintoys.
    private bool IsCompany(string word) =>
        word.Length >= 4 && Companies.Any(c => c.StartsWith(word, StringComparison.Ordinal));
}
