using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>What createReply and createReplyAll put in a reply draft: its request, subject, recipients and quoted body.</summary>
internal static class ReplyDraft
{
    /// <summary>
    /// The optional body {"comment": "...", "message": {...}}. Graph takes the comment or the
    /// message's body as the reply's text, not both (400); message's other properties may join a comment.
    /// </summary>
    public static (string? Comment, JsonObject Fields) ReadRequest(JsonObject? request, bool replyAll)
    {
        if (request is null)
        {
            return (null, []);
        }
        var parameters = GraphJson.ActionParameters(request, replyAll ? "createReplyAll" : "createReply", "comment", "message");
        var comment = GraphJson.OptionalString(parameters, "comment");
        var fields = parameters["message"] switch
        {
            null => [],
            JsonObject message => MessageFields.Read(message),
            _ => throw GraphJson.WrongKind("message", "a message object"),
        };
        if (comment is not null && fields.ContainsKey("body"))
        {
            throw new GraphErrorException(400, "ErrorInvalidRequest", "Specify either a comment or the body property of the message parameter, not both.");
        }
        return (comment, fields);
    }

    /// <summary>"RE: " before the original subject, unless it already starts with one.</summary>
    public static string Subject(string? original)
    {
        var subject = (original ?? "").Trim();
        return subject.StartsWith("RE:", StringComparison.OrdinalIgnoreCase) ? subject : $"RE: {subject}";
    }

    /// <summary>
    /// Reply: the original's replyTo if it has one (RFC 2822, as Graph does), else its sender.
    /// Reply all: those plus its To in To, its Cc in Cc; never the mailbox's own user, never twice.
    /// </summary>
    public static (JsonArray To, JsonArray Cc) Recipients(JsonObject original, bool replyAll, Func<string, bool> isUser)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var replyTo = Parties(original["replyTo"]);
        var senders = replyTo.Count > 0 ? replyTo : Parties(original["from"] is { } from ? new JsonArray(from.DeepClone()) : null);
        var to = senders.Concat(replyAll ? Parties(original["toRecipients"]) : []).ToList();
        var cc = replyAll ? Parties(original["ccRecipients"]) : [];
        JsonArray Keep(IEnumerable<(string? Name, string Address)> parties) => new(parties
            .Where(p => (!replyAll || !isUser(p.Address)) && seen.Add(p.Address))
            .Select(p => (JsonNode)MessageFields.Recipient(p.Name, p.Address)).ToArray());
        return (Keep(to), Keep(cc));
    }

    /// <summary>The comment, then Outlook's "From/Sent/To/Subject" header and the original's preview, as HTML.</summary>
    public static JsonObject QuotedBody(JsonObject original, string? comment)
    {
        static string Html(string? text) => WebUtility.HtmlEncode(text ?? "");
        var from = Parties(original["from"] is { } f ? new JsonArray(f.DeepClone()) : null).FirstOrDefault();
        var sent = DateTimeOffset.TryParse((string?)original["sentDateTime"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime.ToString("dddd, MMMM d, yyyy h:mm tt", CultureInfo.InvariantCulture) : "";
        var to = string.Join("; ", Parties(original["toRecipients"]).Select(p => p.Name ?? p.Address));
        var preview = (string?)original["bodyPreview"]
            ?? (original["body"] is JsonObject body ? MessageFields.Preview(body) : "");
        var html = new StringBuilder("<html><body>")
            .Append(CultureInfo.InvariantCulture, $"<div>{Html(comment)}</div>")
            .Append("<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">")
            .Append("<div id=\"divRplyFwdMsg\" dir=\"ltr\">")
            .Append(CultureInfo.InvariantCulture, $"<b>From:</b> {Html(from.Name)} &lt;{Html(from.Address)}&gt;<br>")
            .Append(CultureInfo.InvariantCulture, $"<b>Sent:</b> {Html(sent)}<br>")
            .Append(CultureInfo.InvariantCulture, $"<b>To:</b> {Html(to)}<br>")
            .Append(CultureInfo.InvariantCulture, $"<b>Subject:</b> {Html((string?)original["subject"])}</div>")
            .Append(CultureInfo.InvariantCulture, $"<div>{Html(preview)}</div>")
            .Append("</body></html>");
        return MessageFields.TextBody("html", html.ToString());
    }

    // Stored mail is captured JSON: take what reads as {emailAddress: {name, address}}, skip the rest.
    private static List<(string? Name, string Address)> Parties(JsonNode? recipients) =>
        (recipients as JsonArray ?? [])
            .Select(r => r?["emailAddress"] as JsonObject)
            .Where(e => e?["address"] is JsonValue a && a.GetValueKind() == JsonValueKind.String && !string.IsNullOrWhiteSpace((string?)a))
            .Select(e => (e!["name"] is JsonValue n && n.GetValueKind() == JsonValueKind.String ? (string?)n : null, ((string)e["address"]!).Trim()))
            .ToList();
}
