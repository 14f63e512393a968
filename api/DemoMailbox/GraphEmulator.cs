using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookReferral.DemoMailbox;

/// <summary>
/// An in-process stand-in for Microsoft Graph over a <see cref="MailboxFolder"/>. It is the final
/// HttpMessageHandler under the real Graph SDK, answers Graph-shaped JSON, and answers Graph's
/// error shape for anything it does not support, so a gap fails loudly instead of quietly.
/// </summary>
public sealed partial class GraphEmulator(MailboxFolder mailbox) : HttpMessageHandler
{
    private const int DefaultPageSize = 10;

    private readonly ConcurrentQueue<string> log = new();
    private readonly ConcurrentDictionary<string, StoredMessage[]> queryCache = new(StringComparer.Ordinal);

    public MailboxFolder Mailbox { get; } = mailbox;

    /// <summary>Every request served, as "GET /v1.0/users/.../messages?...": what tests count.</summary>
    public IReadOnlyCollection<string> Requests => log;

    [GeneratedRegex(@"^/(?<version>v1\.0|beta)/(?:me|users/(?<user>[^/]+))(?<rest>/.*)?$")]
    private static partial Regex UserRoute();

    [GeneratedRegex(@"^/mailFolders/(?<folder>[^/]+)/messages$", RegexOptions.IgnoreCase)]
    private static partial Regex FolderMessages();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        log.Enqueue($"{request.Method} {uri.PathAndQuery}");
        try
        {
            if (request.Content is not null)
            {
                await request.Content.LoadIntoBufferAsync(cancellationToken);
            }
            return Route(request, uri);
        }
        catch (GraphErrorException ex)
        {
            return Error(ex.Status, ex.Code, ex.Message, request);
        }
    }

    private HttpResponseMessage Route(HttpRequestMessage request, Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var route = UserRoute().Match(path);
        if (!route.Success)
        {
            throw Unsupported(request);
        }
        if (route.Groups["user"].Success && !Mailbox.IsUser(route.Groups["user"].Value))
        {
            throw new GraphErrorException(404, "Request_ResourceNotFound", $"Resource '{route.Groups["user"].Value}' does not exist or one of its queried reference-property objects are not present.");
        }
        var rest = route.Groups["rest"].Value;
        var query = ODataQuery.Parse(uri);
        if (request.Method == HttpMethod.Get && rest.Length == 0)
        {
            return Json(Project(Mailbox.Me, query.Select, UserProperties, defaultHidden: []), request);
        }
        if (request.Method == HttpMethod.Get && FolderMessages().Match(rest) is { Success: true } folder)
        {
            var name = folder.Groups["folder"].Value.ToLowerInvariant();
            return Json(ListMessages(name, MessagesIn(name), query, uri), request);
        }
        throw Unsupported(request);
    }

    private IReadOnlyList<StoredMessage> MessagesIn(string folder) => folder switch
    {
        "inbox" => Mailbox.Inbox,
        "sentitems" => Mailbox.SentItems,
        _ => throw new GraphErrorException(404, "ErrorInvalidIdMalformed", $"The demo mailbox has no folder '{folder}'."),
    };

    private JsonObject ListMessages(string folder, IReadOnlyList<StoredMessage> messages, ODataQuery query, Uri uri)
    {
        CheckOrderByLeadsFilter(query);
        // Paging re-runs the same query with a new $skip: filter and sort once per query.
        var key = $"{folder}|{query.Parameters.GetValueOrDefault("$filter")}|{query.Parameters.GetValueOrDefault("$orderby")}";
        var matching = queryCache.GetOrAdd(key, _ => Sort(messages.Where(m => query.Filter.All(c => Matches(m, c))), query.OrderBy).ToArray());
        var top = query.Top ?? DefaultPageSize;
        var page = matching.Skip(query.Skip).Take(top).ToList();
        var result = new JsonObject
        {
            ["value"] = new JsonArray(page.Select(m => (JsonNode)Project(m.Json, query.Select, MessageProperties, ["internetMessageHeaders"])).ToArray()),
        };
        if (query.Skip + top < matching.Length)
        {
            result["@odata.nextLink"] = WithSkip(uri, query.Skip + top);
        }
        return result;
    }

    // Graph's rule: the $orderby property must come first in $filter, else InefficientFilter.
    private static void CheckOrderByLeadsFilter(ODataQuery query)
    {
        if (query.OrderBy.Count > 0 && query.Filter.Count > 0
            && !string.Equals(query.OrderBy[0].Property, query.Filter[0].Property, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphErrorException(400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
        }
    }

    private static readonly Dictionary<string, string> MessageFilterable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sentDateTime"] = "date", ["receivedDateTime"] = "date", ["conversationId"] = "string", ["isDraft"] = "bool",
    };

    private static bool Matches(StoredMessage message, FilterClause clause)
    {
        if (!MessageFilterable.TryGetValue(clause.Property, out var kind))
        {
            throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", $"The demo mailbox cannot filter messages on '{clause.Property}'.");
        }
        if (kind == "date")
        {
            if (clause.Value is not DateTimeOffset bound)
            {
                throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", $"'{clause.Property}' compares with a date-time.");
            }
            var value = clause.Property.Equals("sentDateTime", StringComparison.OrdinalIgnoreCase) ? message.Sent : message.Received;
            return value is { } v && Compare(v.CompareTo(bound), clause.Operator);
        }
        if (clause.Operator is not ("eq" or "ne"))
        {
            throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", $"'{clause.Property}' supports only eq and ne.");
        }
        var actual = message.Json[ToCamel(clause.Property)]?.ToString();
        var equal = string.Equals(actual, clause.Value is bool b ? (b ? "true" : "false") : clause.Value.ToString(), StringComparison.OrdinalIgnoreCase);
        return clause.Operator == "eq" ? equal : !equal;
    }

    private static bool Compare(int comparison, string op) => op switch
    {
        "eq" => comparison == 0,
        "ne" => comparison != 0,
        "ge" => comparison >= 0,
        "gt" => comparison > 0,
        "le" => comparison <= 0,
        _ => comparison < 0,
    };

    private static IEnumerable<StoredMessage> Sort(IEnumerable<StoredMessage> messages, IReadOnlyList<(string Property, bool Descending)> orderBy)
    {
        if (orderBy.Count == 0)
        {
            // Graph lists a folder newest first by default.
            return messages.OrderByDescending(m => m.Received ?? m.Sent);
        }
        IOrderedEnumerable<StoredMessage>? sorted = null;
        foreach (var (property, descending) in orderBy)
        {
            Func<StoredMessage, IComparable?> key = property.ToLowerInvariant() switch
            {
                "sentdatetime" => m => m.Sent,
                "receiveddatetime" => m => m.Received,
                "subject" => m => m.Json["subject"]?.ToString(),
                _ => throw new GraphErrorException(400, "BadRequest", $"The demo mailbox cannot sort messages by '{property}'."),
            };
            sorted = sorted is null
                ? (descending ? messages.OrderByDescending(key) : messages.OrderBy(key))
                : (descending ? sorted.ThenByDescending(key) : sorted.ThenBy(key));
        }
        return sorted!;
    }

    private static readonly HashSet<string> MessageProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "conversationId", "conversationIndex", "subject", "from", "sender", "toRecipients", "ccRecipients", "bccRecipients",
        "replyTo", "sentDateTime", "receivedDateTime", "createdDateTime", "lastModifiedDateTime", "bodyPreview", "body",
        "uniqueBody", "internetMessageHeaders", "internetMessageId", "isDraft", "isRead", "importance", "hasAttachments",
        "parentFolderId", "webLink", "categories", "flag", "inferenceClassification", "changeKey",
    };

    private static readonly HashSet<string> UserProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "displayName", "givenName", "surname", "mail", "userPrincipalName", "proxyAddresses", "jobTitle",
        "mailboxSettings", "officeLocation", "preferredLanguage", "businessPhones", "mobilePhone",
    };

    /// <summary>Applies $select as Graph does: unknown names are an error, "id" always comes back.</summary>
    private static JsonObject Project(JsonObject source, IReadOnlyList<string>? select, HashSet<string> known, string[] defaultHidden)
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
        var unknown = select.FirstOrDefault(name => !known.Contains(name));
        if (unknown is not null)
        {
            throw new GraphErrorException(400, "RequestBroker--ParseUri", $"Could not find a property named '{unknown}' on type 'microsoft.graph'.");
        }
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

    private static string ToCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string WithSkip(Uri uri, int skip)
    {
        var parts = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Uri.UnescapeDataString(p).StartsWith("$skip=", StringComparison.OrdinalIgnoreCase))
            .Append($"%24skip={skip}");
        return new UriBuilder(uri) { Query = string.Join('&', parts) }.Uri.AbsoluteUri;
    }

    private static GraphErrorException Unsupported(HttpRequestMessage request) =>
        new(400, "BadRequest", $"The demo mailbox does not support {request.Method} {request.RequestUri!.AbsolutePath}.");

    private static HttpResponseMessage Json(JsonNode body, HttpRequestMessage request, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status)
        {
            RequestMessage = request,
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };

    private static HttpResponseMessage Error(int status, string code, string message, HttpRequestMessage request)
    {
        var requestId = Guid.NewGuid().ToString();
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = request.Headers.TryGetValues("client-request-id", out var ids) ? ids.First() : requestId,
                },
            },
        };
        return Json(body, request, (HttpStatusCode)status);
    }
}
