using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>
/// Graph's calendarView delta (GET /users/{id}/calendarView/delta), as strict as the service:
/// https://learn.microsoft.com/en-us/graph/api/event-delta (api-reference/v1.0/api/event-delta.md) and
/// https://learn.microsoft.com/en-us/graph/delta-query-events (concepts/delta-query-events.md).
/// A round is an initial sync or the changes since a deltaLink, served in pages behind @odata.nextLink
/// ($skiptoken) and closed by @odata.deltaLink ($deltatoken). The emulator keeps each token's state
/// (what the client was told), so the next round is the difference between that and the calendar now.
/// </summary>
internal sealed partial class CalendarDeltaQueries(MailboxCalendar calendar)
{
    // Not documented for delta; calendarView's own default page is 10 events
    // (microsoft-graph-docs #6201, #7110), and the emulator assumes delta's is the same.
    private const int DefaultPageSize = 10;

    /// <summary>Delta and skip tokens one calendar keeps; older ones are evicted and answer 410, as Outlook's cache does.</summary>
    public const int TokenCapacity = 64;

    private readonly DeltaTokenCache<SyncState> deltaTokens = new(TokenCapacity);
    private readonly DeltaTokenCache<Round> rounds = new(TokenCapacity);

    /// <summary>What the client knows after a round: the events of its range, each with a fingerprint of what it was told.</summary>
    private sealed record SyncState(DateTimeOffset From, DateTimeOffset To, IReadOnlyDictionary<string, string> Seen, long Version);

    /// <summary>One round's changes in the order served; its last page hands out <see cref="Next"/> as a deltaLink.</summary>
    private sealed record Round(string Id, IReadOnlyList<Change> Changes, SyncState Next);

    /// <summary>An event to send whole, or (Event null) an id to send under @removed.</summary>
    private sealed record Change(string Id, StoredEvent? Event, string Group);

    [GeneratedRegex(@"odata\.maxpagesize\s*=\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxPageSize();

    /// <summary>Forgets every delta and skip token, as Outlook's token cache does when it evicts them: the next use answers 410.</summary>
    public void ExpireTokens()
    {
        deltaTokens.Clear();
        rounds.Clear();
    }

    public JsonObject Delta(ODataQuery query, HttpRequestMessage request)
    {
        CheckOptions(query);
        var uri = request.RequestUri!;
        var (round, offset) = query.Parameters.TryGetValue("$skiptoken", out var skip) ? Resume(skip, query)
            : query.Parameters.TryGetValue("$deltatoken", out var delta) ? (Start(Known(delta, query)), 0)
            : (Start(Initial(query)), 0);
        var size = PageSize(request);
        // Occurrences of one series come on one page even past maxpagesize: Graph does not split an expanded
        // series (msgraph-sdk-dotnet #3070; microsoft-graph-docs #7352, "thousands of events per page").
        var end = offset;
        while (end < round.Changes.Count && (end - offset < size || round.Changes[end].Group == round.Changes[end - 1].Group))
        {
            end++;
        }
        var zone = GraphTimeZones.Preferred(request);
        var result = new JsonObject
        {
            ["@odata.context"] = $"{uri.GetLeftPart(UriPartial.Authority)}/v1.0/$metadata#Collection(event)",
            ["value"] = new JsonArray(round.Changes.Skip(offset).Take(end - offset).Select(c => (JsonNode)Render(c, zone)).ToArray()),
        };
        if (end < round.Changes.Count)
        {
            result["@odata.nextLink"] = Link(uri, "$skiptoken", $"{round.Id}.{end}");
        }
        else
        {
            var token = Guid.NewGuid().ToString("N");
            deltaTokens.Add(token, round.Next);
            result["@odata.deltaLink"] = Link(uri, "$deltatoken", token);
        }
        return result;
    }

    // "You cannot use $select" and "$expand, $filter, $orderby, and $search" are not supported (event-delta.md,
    // "OData query parameters"); Graph's words: "The following parameters are not supported with change tracking
    // over the 'CalendarView' resource: '$orderby, $filter, $select, $expand, $search'." $top is refused too:
    // "...as page size cannot be guaranteed. Express page size preferences using the Prefer: odata.maxpagesize= header instead."
    // (ErrorInvalidUrlQuery, as quoted by clients that met it, e.g. SplendidCRM's Office365 EventTemplate).
    private static void CheckOptions(ODataQuery query)
    {
        string[] refused = ["$orderby", "$filter", "$select", "$expand", "$search", "$count", "$skip"];
        if (refused.Any(query.Parameters.ContainsKey))
        {
            throw new GraphErrorException(400, "ErrorInvalidUrlQuery",
                "The following parameters are not supported with change tracking over the 'CalendarView' resource: '$orderby, $filter, $select, $expand, $search'.");
        }
        if (query.Parameters.ContainsKey("$top"))
        {
            throw new GraphErrorException(400, "ErrorInvalidUrlQuery",
                "The '$top' parameter is not supported with change tracking over the 'CalendarView' resource as page size cannot be guaranteed. Express page size preferences using the Prefer: odata.maxpagesize= header instead.");
        }
    }

    // startDateTime and endDateTime are given once, on the initial request; the tokens encode them (delta-query-events.md).
    private SyncState Initial(ODataQuery query)
    {
        var (from, to) = CalendarQueries.Window(query);
        return new SyncState(from, to, new Dictionary<string, string>(), calendar.Version);
    }

    private SyncState Known(string token, ODataQuery query)
    {
        OnlyToken(query, "$deltatoken");
        return deltaTokens.TryGet(token, out var state) ? state : throw Gone();
    }

    private (Round, int) Resume(string token, ODataQuery query)
    {
        OnlyToken(query, "$skiptoken");
        var dot = token.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(token.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw new GraphErrorException(400, "ErrorInvalidUrlQuery", "The skip token is not valid.");
        }
        return rounds.TryGet(token[..dot], out var round) && offset <= round.Changes.Count ? (round, offset) : throw Gone();
    }

    // A link is copied as it is; the range and options live in the token (delta-query-overview.md, "State tokens").
    private static void OnlyToken(ODataQuery query, string token)
    {
        if (query.Parameters.Keys.FirstOrDefault(k => !k.Equals(token, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            throw new GraphErrorException(400, "ErrorInvalidUrlQuery", $"The parameter '{other}' cannot be combined with a state token: the token encodes the query.");
        }
    }

    // Outlook's tokens live in a cache and expire when it evicts them; Graph then answers 410 Gone, code
    // SyncStateNotFound (delta-query-overview.md "Token duration" and "Synchronization reset"; the exact
    // answer on calendarView/delta in microsoft-graph-docs #2350 / microsoft-graph-docs-contrib #7897).
    private static GraphErrorException Gone() =>
        new(410, "SyncStateNotFound", "The sync state generation is not found; a full synchronization is required.");

    private Round Start(SyncState since)
    {
        var version = calendar.Version;
        var now = calendar.Between(since.From, since.To).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var prints = now.ToDictionary(e => e.Key, e => Fingerprint(e.Value), StringComparer.Ordinal);
        var changed = now.Values.Where(e => !since.Seen.TryGetValue(e.Id, out var seen) || seen != prints[e.Id])
            .OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new Change(e.Id, e, e.SeriesMasterId ?? e.Id))
            .GroupBy(c => c.Group).SelectMany(g => g);
        // Deleted within the range, and (event-delta.md, "Response") events outside it that were added, deleted
        // or updated since: both come as @removed with reason "deleted". The client filters them.
        var removed = since.Seen.Keys.Where(id => !now.ContainsKey(id))
            .Concat(calendar.ChangedSince(since.Version).Where(id => !now.ContainsKey(id)))
            .Distinct(StringComparer.Ordinal)
            .Select(id => new Change(id, null, id));
        var round = new Round(Guid.NewGuid().ToString("N"), [.. removed, .. changed], new SyncState(since.From, since.To, prints, version));
        rounds.Add(round.Id, round);
        return round;
    }

    private static JsonObject Render(Change change, NamedZone zone)
    {
        if (change.Event is not { } e)
        {
            // The shape of a removed event (delta-query-events.md, "The next round: sample first response").
            return new JsonObject { ["@odata.type"] = "#microsoft.graph.event", ["id"] = change.Id, ["@removed"] = new JsonObject { ["reason"] = "deleted" } };
        }
        var shown = e.Show(zone);
        var head = new JsonObject { ["@odata.type"] = "#microsoft.graph.event", ["@odata.etag"] = $"W/\"{Fingerprint(e)[..16]}\"" };
        foreach (var (name, value) in shown.ToList())
        {
            shown.Remove(name);
            head[name] = value;
        }
        return head;
    }

    private static string Fingerprint(StoredEvent e) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(e.Json.ToJsonString())));

    private static int PageSize(HttpRequestMessage request)
    {
        var prefer = request.Headers.TryGetValues("Prefer", out var values) ? string.Join(',', values) : "";
        return MaxPageSize().Match(prefer) is { Success: true } m && int.TryParse(m.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : DefaultPageSize;
    }

    private static string Link(Uri uri, string name, string token) =>
        new UriBuilder(uri) { Query = $"%24{name[1..]}={Uri.EscapeDataString(token)}" }.Uri.AbsoluteUri;
}
