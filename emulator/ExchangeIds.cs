using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// POST /translateExchangeIds over the demo mailbox. restId and restImmutableEntryId are the two forms of
/// <see cref="ImmutableIds"/>; the EWS id is a deterministic, reversible stand-in: standard base64 (with "/"
/// and "+", as real EWS ids have) of "ews:" + the default REST id, the same for either REST form.
/// </summary>
public static class ExchangeIds
{
    /// <summary>Graph translates at most this many ids per call.</summary>
    public const int MaxIds = 1000;

    private const string EwsPrefix = "ews:";

    private static readonly string[] RestTypes = ["restId", "restImmutableEntryId"];

    public static string ToEwsId(string restId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(EwsPrefix + ImmutableIds.ToDefault(restId)));

    /// <summary>The REST id behind a demo EWS id; null when <paramref name="ewsId"/> is not one.</summary>
    public static string? FromEwsId(string ewsId)
    {
        var bytes = new byte[ewsId.Length];
        if (!Convert.TryFromBase64String(ewsId, bytes, out var length))
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(bytes, 0, length);
        return text.StartsWith(EwsPrefix, StringComparison.Ordinal) && text.Length > EwsPrefix.Length ? text[EwsPrefix.Length..] : null;
    }

    internal static JsonObject Translate(JsonObject request)
    {
        var parameters = GraphJson.ActionParameters(request, "translateExchangeIds", "inputIds", "sourceIdType", "targetIdType");
        var ids = parameters["inputIds"] is JsonArray items && items.All(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            ? items.Select(i => (string)i!).ToList()
            : throw GraphJson.WrongKind("inputIds", "an array of strings");
        if (ids.Count is 0 or > MaxIds)
        {
            throw new GraphErrorException(400, "ErrorInvalidParameter", $"inputIds must hold between 1 and {MaxIds} ids; it holds {ids.Count}.");
        }
        var source = GraphJson.OptionalString(parameters, "sourceIdType");
        var target = GraphJson.OptionalString(parameters, "targetIdType");
        Func<string, string?> translate = (source, target) switch
        {
            _ when RestTypes.Contains(source) && target == "ewsId" => ToEwsId,
            _ when source == "ewsId" && target == "restImmutableEntryId" => ews => FromEwsId(ews) is { } rest ? ImmutableIds.ToImmutable(rest) : null,
            _ when source == "ewsId" && RestTypes.Contains(target) => FromEwsId,
            // Between the two REST forms, as convertToRestId's default id becomes the immutable one a Prefer'd scan stored.
            _ when RestTypes.Contains(source) && target == "restImmutableEntryId" => ImmutableIds.ToImmutable,
            _ when RestTypes.Contains(source) && target == "restId" => ImmutableIds.ToDefault,
            _ => throw new GraphErrorException(400, "ErrorInvalidParameter",
                $"The demo mailbox translates only between restId, restImmutableEntryId and ewsId, not '{source}' to '{target}'."),
        };
        return new JsonObject
        {
            ["value"] = new JsonArray(ids.Select(id => (JsonNode)Result(id, translate(id))).ToArray()),
        };
    }

    // Graph answers a bad id in place, beside the good ones, rather than failing the call.
    private static JsonObject Result(string sourceId, string? targetId) => targetId is not null
        ? new JsonObject { ["sourceId"] = sourceId, ["targetId"] = targetId }
        : new JsonObject
        {
            ["sourceId"] = sourceId,
            ["errorDetails"] = new JsonObject { ["code"] = "ErrorInvalidIdMalformed", ["message"] = "Id is malformed." },
        };
}
