namespace OutlookReferral.Platform;

/// <summary>
/// Characters that change how text looks without being seen: NUL, and the bidirectional controls that can make
/// "Bob\u202Egnp.exe" read as "Bobexe.png" (https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings).
/// </summary>
public static class HiddenCharacters
{
    /// <summary>Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI) and the marks LRM, RLM, ALM.</summary>
    public static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The text without NUL and bidi controls: what we write into a subject line.</summary>
    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny(Controls) < 0 ? text : string.Concat(text.Where(c => c != '\0' && !IsBidiControl(c)));

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        "\0\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
