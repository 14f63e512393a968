using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>
/// The message properties a request may write (POST /messages, createReply's "message", PATCH),
/// read strictly into the JSON Graph would store: a property Graph does not define is refused,
/// one Graph defines but the demo mailbox does not write is refused too, so a gap fails loudly.
/// </summary>
internal static partial class MessageFields
{
    public const int PreviewLength = 255;

    private const string MessageType = "microsoft.graph.message";

    /// <summary>Graph lets these change only while isDraft is true.</summary>
    public static readonly HashSet<string> DraftOnly = new(StringComparer.Ordinal)
    {
        "subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "replyTo",
    };

    private static readonly HashSet<string> Writable = new(DraftOnly, StringComparer.Ordinal) { "importance", "categories" };

    [GeneratedRegex("<(head|script|style)[^>]*>.*?</\\1>|<[^>]+>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The writable properties in <paramref name="request"/>, normalised the way Graph returns them.</summary>
    public static JsonObject Read(JsonObject request)
    {
        var fields = new JsonObject();
        foreach (var (name, value) in request)
        {
            if (GraphJson.IsTypeAnnotation(name, value, MessageType))
            {
                continue;
            }
            if (!Writable.Contains(name))
            {
                throw GraphJson.MessageProperties.Contains(name)
                    ? new GraphErrorException(400, "BadRequest", $"The demo mailbox cannot set '{name}' on a message.")
                    : GraphJson.UnknownProperty(name, MessageType);
            }
            fields[name] = name switch
            {
                "subject" => GraphJson.OptionalString(request, name) ?? "",
                "body" => Body(value),
                "importance" => Importance(value),
                "categories" => Categories(value),
                _ => Recipients(name, value),
            };
        }
        return fields;
    }

    /// <summary>Writes <paramref name="fields"/> over <paramref name="message"/>, keeping bodyPreview in step with body.</summary>
    public static void ApplyTo(JsonObject message, JsonObject fields)
    {
        foreach (var (name, value) in fields)
        {
            message[name] = value?.DeepClone();
        }
        if (fields.ContainsKey("body"))
        {
            message["bodyPreview"] = Preview(message["body"]!.AsObject());
        }
    }

    /// <summary>Graph's bodyPreview: the body as plain text, whitespace collapsed, at most 255 characters.</summary>
    public static string Preview(JsonObject body)
    {
        var content = (string?)body["content"] ?? "";
        var text = (string?)body["contentType"] == "html" ? WebUtility.HtmlDecode(Markup().Replace(content, " ")) : content;
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= PreviewLength ? text : text[..PreviewLength];
    }

    public static JsonObject Recipient(string? name, string address) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = string.IsNullOrEmpty(name) ? address : name, ["address"] = address } };

    public static JsonObject TextBody(string contentType, string content) =>
        new() { ["contentType"] = contentType, ["content"] = content };

    private static JsonObject Body(JsonNode? value)
    {
        var body = value as JsonObject ?? throw GraphJson.WrongKind("body", "an itemBody object");
        foreach (var (name, part) in body)
        {
            if (!GraphJson.IsTypeAnnotation(name, part, "microsoft.graph.itemBody") && name is not ("contentType" or "content"))
            {
                throw GraphJson.UnknownProperty(name, "microsoft.graph.itemBody");
            }
        }
        var contentType = (GraphJson.OptionalString(body, "contentType") ?? "text").ToLowerInvariant();
        if (contentType is not ("text" or "html"))
        {
            throw new GraphErrorException(400, "RequestBodyRead", $"'{contentType}' is not a body contentType: use text or html.");
        }
        return TextBody(contentType, GraphJson.OptionalString(body, "content") ?? "");
    }

    private static string Importance(JsonNode? value)
    {
        var importance = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? ((string)v!).ToLowerInvariant() : null;
        return importance is "low" or "normal" or "high"
            ? importance
            : throw new GraphErrorException(400, "RequestBodyRead", $"'{value}' is not an importance: use low, normal or high.");
    }

    private static JsonArray Categories(JsonNode? value) =>
        value is JsonArray items && items.All(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            ? (JsonArray)items.DeepClone()
            : throw GraphJson.WrongKind("categories", "an array of strings");

    private static JsonArray Recipients(string property, JsonNode? value)
    {
        var items = value as JsonArray ?? throw GraphJson.WrongKind(property, "an array of recipients");
        var recipients = new JsonArray();
        foreach (var item in items)
        {
            var recipient = item as JsonObject ?? throw GraphJson.WrongKind(property, "an array of recipients");
            foreach (var (name, part) in recipient)
            {
                if (!GraphJson.IsTypeAnnotation(name, part, "microsoft.graph.recipient") && name != "emailAddress")
                {
                    throw GraphJson.UnknownProperty(name, "microsoft.graph.recipient");
                }
            }
            var email = recipient["emailAddress"] as JsonObject ?? throw GraphJson.WrongKind($"{property}/emailAddress", "an emailAddress object");
            foreach (var (name, part) in email)
            {
                if (!GraphJson.IsTypeAnnotation(name, part, "microsoft.graph.emailAddress") && name is not ("name" or "address"))
                {
                    throw GraphJson.UnknownProperty(name, "microsoft.graph.emailAddress");
                }
            }
            var address = GraphJson.OptionalString(email, "address");
            if (string.IsNullOrWhiteSpace(address))
            {
                throw new GraphErrorException(400, "ErrorInvalidRecipients", $"A recipient in '{property}' has no address.");
            }
            recipients.Add(Recipient(GraphJson.OptionalString(email, "name"), address.Trim()));
        }
        return recipients;
    }
}
