using System.Text.Json;

namespace OutlookReferral.FollowUps;

/// <summary>
/// The short texts that repeat across one rep's stored messages (addresses, names, conversation ids, subjects, header
/// names), made into strings once per read: the same correspondent in 300 messages is one string, not 300, in the
/// window an instance holds, and 299 fewer strings for the collector. Not for two threads at once: a pool serves one
/// read, or one rep's window, whose scans run one at a time. (Sharing whole recipient lists and name maps by content
/// as well was measured and undone: the keys cost more than the sharing saved, 100k first scan 149 -> 159 MiB.)
/// </summary>
internal sealed class TextPool
{
    // Longer texts are rarely repeated: previews, Graph ids.
    private const int MaxPooled = 256;

    private readonly HashSet<string> texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> byChars;

    public TextPool() => byChars = texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pool's string equal to <paramref name="text"/>, which becomes it when the pool has none.</summary>
    public string Share(string text)
    {
        if (text.Length > MaxPooled)
        {
            return text;
        }
        if (texts.TryGetValue(text, out var known))
        {
            return known;
        }
        texts.Add(text);
        return text;
    }

    /// <summary>The reader's current string value; null for a JSON null.</summary>
    public string? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String && reader.TokenType != JsonTokenType.PropertyName)
        {
            return reader.GetString();
        }
        // UTF-8 takes at least as many bytes as UTF-16 takes characters, and an escape more than the character it stands for.
        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (bytes > MaxPooled)
        {
            return reader.GetString();
        }
        Span<char> chars = stackalloc char[MaxPooled];
        var text = chars[..reader.CopyString(chars)];
        if (byChars.TryGetValue(text, out var known))
        {
            return known;
        }
        var made = new string(text);
        texts.Add(made);
        return made;
    }
}
