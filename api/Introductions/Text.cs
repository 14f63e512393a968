namespace OutlookReferral.Introductions;

internal static class Text
{
    /// <summary>Does <paramref name="word"/> stand as a whole word in <paramref name="text"/>, capitalised as given?</summary>
    /// <remarks>Case matters: a prospect named Will is not in "we will".</remarks>
    public static bool HasWord(string text, string word)
    {
        if (word.Length < 2)
        {
            return false;
        }
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }
        return false;
    }
}
