using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>Graph's message reads over the demo mailbox: a folder's messages with $filter/$orderby/$top paging, and one message by id.</summary>
internal sealed class MessageQueries(MailboxFolder mailbox)
{
    private const int DefaultPageSize = 10;

    // The last query per folder: paging repeats it with a new $skip. One entry per folder, because every
    // scan's $filter names a new "since" and a growing cache would hold every result ever served.
    private readonly ConcurrentDictionary<string, (string Key, StoredMessage[] Result)> lastQuery = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Filterable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sentDateTime"] = "date", ["receivedDateTime"] = "date", ["conversationId"] = "string", ["isDraft"] = "bool",
    };

    public JsonObject List(string folder, ODataQuery query, Uri uri)
    {
        CheckOrderByLeadsFilter(query);
        StoredMessage[] Run(IReadOnlyList<StoredMessage> messages) =>
            Sort(messages.Where(m => query.Filter.All(c => Matches(m, c))), query.OrderBy).ToArray();
        // Paging re-runs the same query with a new $skip: filter and sort once per query (and per delivery of
        // new mail, the mailbox's version). Drafts change while the demo runs, so they are read afresh every time.
        var key = $"{folder}|{mailbox.MailVersion}|{query.Parameters.GetValueOrDefault("$filter")}|{query.Parameters.GetValueOrDefault("$orderby")}";
        StoredMessage[] Cached(IReadOnlyList<StoredMessage> messages)
        {
            if (lastQuery.TryGetValue(folder, out var last) && last.Key == key)
            {
                return last.Result;
            }
            var result = Run(messages);
            lastQuery[folder] = (key, result);
            return result;
        }
        var matching = folder switch
        {
            "inbox" => Cached(mailbox.Inbox),
            "sentitems" => Cached(mailbox.SentItems),
            "drafts" => Run(mailbox.Drafts),
            _ => throw new GraphErrorException(404, "ErrorInvalidIdMalformed", $"The demo mailbox has no folder '{folder}'."),
        };
        var top = query.Top ?? DefaultPageSize;
        var page = matching.Skip(query.Skip).Take(top).ToList();
        var result = new JsonObject
        {
            ["value"] = new JsonArray(page.Select(m => (JsonNode)Project(m, query)).ToArray()),
        };
        if (query.Skip + top < matching.Length)
        {
            result["@odata.nextLink"] = ODataQuery.NextLink(uri, query.Skip + top);
        }
        return result;
    }

    /// <summary>GET /messages/{id}: a message from any folder.</summary>
    public JsonObject Get(string id, ODataQuery query) =>
        Project(mailbox.FindMessage(id) ?? throw GraphJson.ItemNotFound(), query);

    private static JsonObject Project(StoredMessage message, ODataQuery query) =>
        GraphJson.Project(message.Json, query.Select, GraphJson.MessageProperties, GraphJson.MessageHiddenByDefault);

    // Graph's rule: the $orderby property must come first in $filter, else InefficientFilter.
    private static void CheckOrderByLeadsFilter(ODataQuery query)
    {
        if (query.OrderBy.Count > 0 && query.Filter.Count > 0
            && !string.Equals(query.OrderBy[0].Property, query.Filter[0].Property, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphErrorException(400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
        }
    }

    private static bool Matches(StoredMessage message, FilterClause clause)
    {
        if (!Filterable.TryGetValue(clause.Property, out var kind))
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
        var actual = message.Json[GraphJson.ToCamel(clause.Property)]?.ToString();
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
}
