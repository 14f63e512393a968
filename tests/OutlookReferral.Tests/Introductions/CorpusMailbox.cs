using System.Net;
using OutlookReferral.Emulator;
using OutlookReferral.Introductions;

namespace OutlookReferral.Tests.Introductions;

/// <summary>
/// One rep's mailbox in a corpus round: the rep, whom they wrote with before, what they track,
/// and the cases read from it. Rounds with several mailboxes score each against its own rep.
/// </summary>
internal sealed record CorpusMailbox(
    string Name, RepProfile Rep, IReadOnlyList<MailItem> History, IReadOnlyCollection<TrackedReferral> Tracked, IReadOnlyList<CorpusCase> Cases)
{
    public IReadOnlyList<IntroductionCandidate> Detect()
    {
        var messages = Cases.Select(c => c.Message).ToList();
        return IntroductionDetector.Detect(messages, Rep, IntroMail.KnownPeople(History.Concat(messages)), Tracked);
    }
}

/// <summary>
/// Bodies written as the HTML Outlook and Gmail send, turned into the bodyPreview Graph returns
/// (the demo mailbox's rule: markup dropped, entities decoded, whitespace collapsed, 255 characters).
/// </summary>
internal static class HtmlBody
{
    private const string OutlookHead =
        "<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n" +
        "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} " +
        "@font-face {font-family:\"Cambria Math\";} p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style>\r\n" +
        "</head>\r\n<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\">\r\n<div class=\"WordSection1\">\r\n";

    /// <summary>Outlook desktop: one &lt;p class="MsoNormal"&gt; per line, empty lines as &amp;nbsp;.</summary>
    public static string Outlook(params object[] parts) =>
        OutlookHead + string.Concat(Lines(parts).Select(l => l.Length == 0
            ? "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\r\n"
            : $"<p class=\"MsoNormal\">{Encode(l)}<o:p></o:p></p>\r\n")) + "</div>\r\n</body>\r\n</html>\r\n";

    /// <summary>Gmail and phones: a ltr div, lines split by &lt;br&gt;.</summary>
    public static string Gmail(params object[] parts) =>
        "<div dir=\"ltr\">" + string.Join("<br>", Lines(parts).Select(Encode)) + "</div>\r\n";

    /// <summary>Outlook's forwarded or quoted header block, in the sender's language.</summary>
    public static string[] OutlookHeader(ForwardLabels labels, string from, string sent, string to, string subject) =>
        ["________________________________", $"{labels.From} {from}", $"{labels.Sent} {sent}", $"{labels.To} {to}", $"{labels.Subject} {subject}", ""];

    /// <summary>Gmail's "Forwarded message" block, in the sender's language.</summary>
    public static string[] GmailHeader(ForwardLabels labels, string from, string sent, string to, string subject) =>
        [$"---------- {labels.Forwarded} ---------", $"{labels.From} {from}", $"{labels.Sent} {sent}", $"{labels.Subject} {subject}", $"{labels.To} {to}", ""];

    public static string Preview(string html) => MessageFields.Preview(MessageFields.TextBody("html", html));

    /// <summary>Lines, and header blocks given as arrays of lines, in order.</summary>
    private static IEnumerable<string> Lines(object[] parts) => parts.SelectMany(p => p as string[] ?? [(string)p]);

    private static string Encode(string line) => WebUtility.HtmlEncode(line).Replace("  ", " &nbsp;");
}

/// <summary>The field names Outlook and Gmail write above a forwarded message, per language.</summary>
internal sealed record ForwardLabels(string From, string Sent, string To, string Subject, string Forwarded)
{
    public static readonly ForwardLabels English = new("From:", "Sent:", "To:", "Subject:", "Forwarded message");
    public static readonly ForwardLabels German = new("Von:", "Gesendet:", "An:", "Betreff:", "Weitergeleitete Nachricht");
    public static readonly ForwardLabels Spanish = new("De:", "Enviado el:", "Para:", "Asunto:", "Mensaje reenviado");
    public static readonly ForwardLabels French = new("De :", "Envoyé :", "À :", "Objet :", "Message transféré");
    public static readonly ForwardLabels Dutch = new("Van:", "Verzonden:", "Aan:", "Onderwerp:", "Doorgestuurd bericht");
    public static readonly ForwardLabels Portuguese = new("De:", "Enviado:", "Para:", "Assunto:", "Mensagem encaminhada");
}
