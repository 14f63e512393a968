namespace OutlookReferral.Introductions;

/// <summary>
/// The lines the writer typed at the top of a message, before any quoted or forwarded text:
/// wording below a quote marker is someone else's, so it says nothing about this message.
/// </summary>
internal static class MessageOpening
{
    private static readonly string[] QuoteMarkers =
    [
        "-----", "_____", "Forwarded message", "Original Message", "Begin forwarded message", "\nFrom:", "\rFrom:",
    ];

    public static ReadOnlySpan<char> Of(string bodyPreview)
    {
        var text = bodyPreview.AsSpan();
        var end = text.Length;
        foreach (var marker in QuoteMarkers)
        {
            var at = text[..end].IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                end = at;
            }
        }
        return text[..end];
    }
}
