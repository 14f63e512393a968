
namespace OutlookReferral.Introductions;

/// <summary>
/// First and last name read from how a person appears in mail: "George Smith", "Smith, George",
/// "Dr. George A. Smith (Adatum)", or, with no display name, "george.smith@adatum.com".
/// <see cref="Last"/> is empty when only one name is known.
/// </summary>
internal readonly record struct PersonName(string First, string Last)
{
    private static readonly string[] Honorifics = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir"];
    private static readonly string[] Suffixes = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "mba"];

    public bool IsFull => First.Length > 0 && Last.Length > 0;

    public bool Matches(PersonName other) =>
        IsFull && other.IsFull && Fold(First) == Fold(other.First) && Fold(Last) == Fold(other.Last);

    /// <summary>A name part as people type it when in a hurry: lower case, without accents ("Gómez" → "gomez").</summary>
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var kept = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }
        return kept.ToString();
    }

    /// <summary>The name a message gives an address, else one guessed from the address itself.</summary>
    public static PersonName Of(MailItem message, string address)
    {
        var shown = message.NameOf(address);
        return shown.Contains('@') ? FromAddress(address) : Parse(shown);
    }

    public static PersonName Parse(string displayName)
    {
        var text = WithoutBracketed(displayName).Trim().Trim('"', '\'', ' ');
        var comma = text.IndexOf(',');
        if (comma > 0)
        {
            var after = text[(comma + 1)..].Trim();
            // "Smith, George" is last-name-first; "George Smith, PhD" only carries a suffix.
            text = IsAny(after.TrimEnd('.'), Suffixes) ? text[..comma] : $"{after} {text[..comma]}";
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.TrimEnd('.'))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count > 1 && IsAny(words[0], Honorifics))
        {
            words.RemoveAt(0);
        }
        if (words.Count > 1 && IsAny(words[^1], Suffixes))
        {
            words.RemoveAt(words.Count - 1);
        }
        return words.Count switch
        {
            0 => new("", ""),
            1 => new(words[0], ""),
            _ => new(words[0], words[^1]),
        };
    }

    // "kim.lee@fabrikam.com" → Kim Lee; initials ("a.karimi") are not a first name.
    private static PersonName FromAddress(string address)
    {
        var at = address.IndexOf('@');
        var parts = (at < 0 ? address : address[..at]).Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        string Word(string part) => part.Length < 2 || part.Any(char.IsDigit) ? "" : char.ToUpperInvariant(part[0]) + part[1..];
        return parts.Length switch
        {
            0 => new("", ""),
            1 => new(Word(parts[0]), ""),
            _ => new(Word(parts[0]), Word(parts[^1])),
        };
    }

    private static string WithoutBracketed(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '[' ? 1 : 0;
            if (depth == 0)
            {
                kept.Append(c);
            }
            depth -= c is ')' or ']' && depth > 0 ? 1 : 0;
        }
        return kept.ToString();
    }

    private static bool IsAny(string word, string[] list) => list.Contains(word, StringComparer.OrdinalIgnoreCase);
}
