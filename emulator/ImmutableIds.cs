using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>
/// Graph's two forms of an Outlook item's id. By default a message's REST id changes when it moves folder; with
/// <c>Prefer: IdType="ImmutableId"</c> Graph answers another id, which does not. The two differ, and Graph accepts
/// either wherever an id is asked for: https://learn.microsoft.com/en-us/graph/outlook-immutable-id
/// The emulator's immutable id is a reversible stand-in: "AAkALg" (how real immutable ids begin) + the default id in base64url.
/// </summary>
public static partial class ImmutableIds
{
    private const string Prefix = "AAkALg";

    /// <summary>The immutable form of a default REST id (an immutable id is returned as it is).</summary>
    public static string ToImmutable(string id) =>
        IsImmutable(id) ? id : Prefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));

    /// <summary>The default REST id behind either form.</summary>
    public static string ToDefault(string id) =>
        IsImmutable(id) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id.AsSpan(Prefix.Length))) : id;

    private static bool IsImmutable(string id) =>
        id.Length > Prefix.Length && id.StartsWith(Prefix, StringComparison.Ordinal) && Base64Url.IsValid(id.AsSpan(Prefix.Length));

    [GeneratedRegex(@"IdType\s*=\s*""ImmutableId""", RegexOptions.IgnoreCase)]
    private static partial Regex PreferImmutable();

    /// <summary>Whether the request asks for immutable ids (Prefer: IdType="ImmutableId").</summary>
    public static bool Wanted(HttpRequestMessage request) =>
        request.Headers.TryGetValues("Prefer", out var values) && values.Any(v => PreferImmutable().IsMatch(v));

    /// <summary>
    /// Rewrites the ids of the messages in a response (one message, or a page of them) into the form the request
    /// asked for. Events keep their ids: the scan never asks for immutable event ids.
    /// </summary>
    internal static JsonNode Apply(JsonNode body, HttpRequestMessage request)
    {
        if (!Wanted(request) || !request.RequestUri!.AbsolutePath.Contains("/messages", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }
        if (body is JsonObject { } one && one["value"] is JsonArray page)
        {
            foreach (var item in page.OfType<JsonObject>())
            {
                Rewrite(item);
            }
        }
        else if (body is JsonObject message && message["error"] is null)
        {
            Rewrite(message);
        }
        return body;
    }

    private static void Rewrite(JsonObject message)
    {
        if (message["id"] is JsonValue id && id.TryGetValue<string>(out var text))
        {
            message["id"] = ToImmutable(text);
        }
    }
}
