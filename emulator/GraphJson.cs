using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>Graph's JSON rules the emulator shares: $select projection, strict request bodies, common errors.</summary>
internal static class GraphJson
{
    public static readonly HashSet<string> MessageProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "conversationId", "conversationIndex", "subject", "from", "sender", "toRecipients", "ccRecipients", "bccRecipients",
        "replyTo", "sentDateTime", "receivedDateTime", "createdDateTime", "lastModifiedDateTime", "bodyPreview", "body",
        "uniqueBody", "internetMessageHeaders", "internetMessageId", "isDraft", "isRead", "importance", "hasAttachments",
        "parentFolderId", "webLink", "categories", "flag", "inferenceClassification", "changeKey",
    };

    public static readonly HashSet<string> UserProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "displayName", "givenName", "surname", "mail", "userPrincipalName", "proxyAddresses", "jobTitle",
        "mailboxSettings", "officeLocation", "preferredLanguage", "businessPhones", "mobilePhone",
    };

    /// <summary>Graph leaves these out of a message unless $select asks for them.</summary>
    public static readonly string[] MessageHiddenByDefault = ["internetMessageHeaders"];

    // Duplicate names would make "which value wins" a guess; Graph refuses them, so do we.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>Applies $select as Graph does: unknown names are an error, "id" always comes back.</summary>
    public static JsonObject Project(JsonObject source, IReadOnlyList<string>? select, HashSet<string> known, string[] defaultHidden)
    {
        var result = new JsonObject();
        if (select is null)
        {
            foreach (var (name, value) in source)
            {
                if (!defaultHidden.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    result[name] = value?.DeepClone();
                }
            }
            return result;
        }
        CheckSelect(select, known);
        result["id"] = source["id"]?.DeepClone();
        foreach (var name in select)
        {
            if (source.TryGetPropertyValue(ToCamel(name), out var value))
            {
                result[ToCamel(name)] = value?.DeepClone();
            }
        }
        return result;
    }

    /// <summary>Refuses a $select naming a property the type lacks, even when there is nothing to project.</summary>
    public static void CheckSelect(IReadOnlyList<string>? select, HashSet<string> known)
    {
        var unknown = select?.FirstOrDefault(name => !known.Contains(name));
        if (unknown is not null)
        {
            throw new GraphErrorException(400, "RequestBroker--ParseUri", $"Could not find a property named '{unknown}' on type 'microsoft.graph'.");
        }
    }

    public static string ToCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>A request body as Graph reads it: one JSON object, nothing else.</summary>
    public static JsonObject ReadObject(string? body) =>
        ReadOptionalObject(body) ?? throw new GraphErrorException(400, "BadRequest", "Empty Payload. JSON content expected.");

    /// <summary>Like <see cref="ReadObject"/>, but no body at all is null (createReply's body is optional).</summary>
    public static JsonObject? ReadOptionalObject(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(body, documentOptions: Strict) as JsonObject
                ?? throw new GraphErrorException(400, "BadRequest", "The request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new GraphErrorException(400, "BadRequest",
                "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
        }
    }

    /// <summary>
    /// An action's parameters by their documented names. Graph matches them regardless of case:
    /// the docs write "comment", the SDK sends "Comment". A name it does not know is refused.
    /// </summary>
    public static JsonObject ActionParameters(JsonObject request, string action, params string[] names)
    {
        var parameters = new JsonObject();
        foreach (var (name, value) in request)
        {
            var known = names.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new GraphErrorException(400, "RequestBodyRead", $"The parameter '{name}' in the request payload is not a valid parameter for the operation '{action}'.");
            if (parameters.ContainsKey(known))
            {
                throw new GraphErrorException(400, "RequestBodyRead", $"Multiple parameters with the name '{known}' were found in the request payload.");
            }
            parameters[known] = value?.DeepClone();
        }
        return parameters;
    }

    /// <summary>Graph's answer to a property the type does not define.</summary>
    public static GraphErrorException UnknownProperty(string name, string type) =>
        new(400, "RequestBodyRead", $"The property '{name}' does not exist on type '{type}'. Make sure to only use property names that are defined by the type or mark the type as open type.");

    /// <summary>Graph's answer to a value of the wrong JSON kind.</summary>
    public static GraphErrorException WrongKind(string name, string expected) =>
        new(400, "RequestBodyRead", $"Cannot read the value of '{name}': expected {expected}.");

    public static GraphErrorException ItemNotFound() =>
        new(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    /// <summary>A string property, or null when absent; any other kind is an error.</summary>
    public static string? OptionalString(JsonObject source, string name) =>
        source[name] switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => (string)value!,
            _ => throw WrongKind(name, "a string"),
        };

    /// <summary>Kiota writes "@odata.type" on every model it serialises; anything but the expected type is refused.</summary>
    public static bool IsTypeAnnotation(string name, JsonNode? value, string type)
    {
        if (name != "@odata.type")
        {
            return false;
        }
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.String && ((string)v!).TrimStart('#') == type
            ? true
            : throw new GraphErrorException(400, "RequestBodyRead", $"A value of type '{value}' was given where '{type}' was expected.");
    }
}
