using System.Text.RegularExpressions;

namespace OutlookReferral.Introductions;

/// <summary>
/// Who wrote the mail a forward carries: the "From:" line of the header Outlook or Gmail writes under the note,
/// in the sender's language ("Von:", "De :", "Van:"). Often the prospect, when a source forwards their request.
/// </summary>
internal static partial class ForwardedMessage
{
    [GeneratedRegex(@"(?:^|\s)(?:From|Von|De|Van|Da|Från|Fra|Od)\s?:\s*(?<name>[^<>\[\]:@]{1,60}?)\s*(?:(?:<|\[mailto:)(?<address>[^<>\[\]\s]+@[^<>\[\]\s]+?)(?:>|\])|(?=\s(?:Sent|Gesendet|Enviado|Envoyé|Verzonden|Date|Datum|Skickat|Sendt)\b))",
        RegexOptions.CultureInvariant)]
    private static partial Regex FromLine();

    /// <summary>The forwarded mail's sender, read below <paramref name="openingLength"/> (the forwarder's own note); null when the preview cut it off.</summary>
    public static (string Name, string? Address)? Sender(string bodyPreview, int openingLength)
    {
        if (openingLength >= bodyPreview.Length)
        {
            return null;
        }
        var match = FromLine().Match(bodyPreview, openingLength);
        if (!match.Success)
        {
            return null;
        }
        var address = match.Groups["address"].Success ? Address.Normalize(match.Groups["address"].Value) : null;
        return (match.Groups["name"].Value.Trim().Trim('"'), address);
    }
}
