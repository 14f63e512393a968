using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>
/// <c>GET /mailFolders/{inbox|sentitems}/messages/delta</c> as Graph documents it
/// (https://learn.microsoft.com/en-us/graph/delta-query-messages, https://learn.microsoft.com/en-us/graph/api/message-delta):
/// a round of pages joined by <c>@odata.nextLink</c> (a <c>$skiptoken</c>) that ends with an <c>@odata.deltaLink</c>
/// (a <c>$deltatoken</c>); the next round from that link returns only what changed, removals as <c>@removed</c>.
/// The tokens are opaque and carry the first request's options, so later requests repeat none of them.
/// </summary>
internal sealed partial class MessageDelta(MailboxFolder mailbox)
{
    // "Applying $filter in a delta query returns only up to 5,000 messages." (delta-query-messages, query parameters)
    public const int FilteredRoundLimit = 5000;

    // Graph's default page for messages is 10 (user-list-messages); the largest page is not documented for delta,
    // so the emulator takes $top's limit of 1,000.
    private const int DefaultPageSize = 10;
    private const int LargestPageSize = 1000;

    private static readonly string[] FirstRequestOptions = ["$select", "$filter", "$top"];

    [GeneratedRegex(@"^\s*receivedDateTime\s+(?<op>ge|gt)\s+(?<v>\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedFilter();

    [GeneratedRegex(@"odata\.maxpagesize\s*=\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxPageSize();

    /// <summary>One page of a round, and the page size applied (for the Preference-Applied header).</summary>
    public (JsonObject Page, int? PageSizeApplied) Page(string folder, Uri uri, HttpRequestMessage request)
    {
        var log = mailbox.FolderLog(folder)
            ?? throw new GraphErrorException(400, "BadRequest", $"The demo mailbox tracks changes only in inbox and sentitems, not '{folder}'.");
        var options = ReadOptions(uri);
        var state = options.TryGetValue("$skiptoken", out var skip) ? Decode(skip, folder)
            : options.TryGetValue("$deltatoken", out var delta) ? Decode(delta, folder) is var last ? last with { From = last.UpTo, After = last.UpTo, UpTo = log.Version, Delivered = 0 } : null
            : FirstRound(folder, options, log.Version);
        var preferred = PreferredPageSize(request);
        var size = Math.Clamp(preferred ?? state!.Top ?? DefaultPageSize, 1, LargestPageSize);
        var limit = state!.IsCapped ? Math.Min(size, FilteredRoundLimit - state.Delivered) : size;
        var changes = limit > 0 ? log.Between(state.After, state.UpTo, limit, c => Wanted(c, state)) : [];
        var page = new JsonObject
        {
            ["@odata.context"] = $"{uri.GetLeftPart(UriPartial.Authority)}/v1.0/$metadata#Collection(message)",
            ["value"] = new JsonArray(changes.Select(c => (JsonNode)Item(c, state.Select)).ToArray()),
        };
        var more = changes.Count == limit && limit > 0 && !(state.IsCapped && state.Delivered + changes.Count >= FilteredRoundLimit);
        var next = more
            ? ("$skiptoken", state with { After = changes[^1].Version, Delivered = state.Delivered + changes.Count })
            : ("$deltatoken", state);
        page[more ? "@odata.nextLink" : "@odata.deltaLink"] = Link(uri, next.Item1, Encode(next.Item2));
        return (page, preferred is null ? null : size);
    }

    private DeltaState FirstRound(string folder, Dictionary<string, string> options, long upTo)
    {
        if (options.Keys.FirstOrDefault(k => k.StartsWith('$') && !FirstRequestOptions.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } refused)
        {
            // "There is no support for $search"; $orderby (receivedDateTime desc only) and $expand are documented but not emulated.
            throw new GraphErrorException(400, "BadRequest", $"Query option '{refused}' is not supported on messages/delta by the demo mailbox.");
        }
        if (options.Keys.FirstOrDefault(k => !k.StartsWith('$')) is { } custom)
        {
            // changeType is documented; the product does not use it, so the emulator refuses it rather than ignore it.
            throw new GraphErrorException(400, "BadRequest", $"Query option '{custom}' is not supported on messages/delta by the demo mailbox.");
        }
        string? select = null;
        if (options.TryGetValue("$select", out var selected))
        {
            var fields = selected.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // No message property is known to be refused on messages/delta: docs-contrib #7097 ("$select is not supported for
            // these properties") is users/delta, and docs-contrib #5544 selects internetMessageHeaders on messages/delta.
            GraphJson.CheckSelect(fields, GraphJson.MessageProperties);
            select = string.Join(',', fields);
        }
        DateTimeOffset? since = null;
        var inclusive = true;
        if (options.TryGetValue("$filter", out var filter))
        {
            // "The only supported $filter expressions are $filter=receivedDateTime+ge+{value} or $filter=receivedDateTime+gt+{value}."
            var match = ReceivedFilter().Match(filter);
            if (!match.Success || !DateTimeOffset.TryParse(match.Groups["v"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", $"messages/delta filters only on 'receivedDateTime ge|gt {{value}}', not '{filter}'.");
            }
            since = at;
            inclusive = match.Groups["op"].Value.Equals("ge", StringComparison.OrdinalIgnoreCase);
        }
        int? top = options.TryGetValue("$top", out var t) && int.TryParse(t, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= LargestPageSize ? n
            : options.ContainsKey("$top") ? throw new GraphErrorException(400, "BadRequest", $"Invalid value '{t}' for $top.") : null;
        return new DeltaState(folder, mailbox.DeltaEpoch, since, inclusive, select, top, From: 0, UpTo: upTo, After: 0, Delivered: 0);
    }

    private static bool Wanted(FolderChange change, DeltaState state)
    {
        // The first round lists what the folder holds; removals matter only to a client that synced before.
        if (change.RemovedReason is not null && state.From == 0)
        {
            return false;
        }
        // Sent items carry receivedDateTime in Graph; a captured file may give only sentDateTime.
        var received = change.Message.Received ?? change.Message.Sent;
        return state.Since is not { } since || (received is { } at && (state.Inclusive ? at >= since : at > since));
    }

    private static JsonObject Item(FolderChange change, string? select)
    {
        if (change.RemovedReason is { } reason)
        {
            // The shape of a removal in delta-query-messages' second round: type, id and @removed, nothing else.
            return new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.message",
                ["id"] = change.Id,
                ["@removed"] = new JsonObject { ["reason"] = reason },
            };
        }
        var item = GraphJson.Project(change.Message.Json, select?.Split(','), GraphJson.MessageProperties, GraphJson.MessageHiddenByDefault);
        item["@odata.type"] = "#microsoft.graph.message";
        return item;
    }

    private static int? PreferredPageSize(HttpRequestMessage request) =>
        request.Headers.TryGetValues("Prefer", out var values)
        && values.Select(v => MaxPageSize().Match(v)).FirstOrDefault(m => m.Success) is { } match
        && int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static Dictionary<string, string> ReadOptions(Uri uri)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            options[Uri.UnescapeDataString(at < 0 ? pair : pair[..at])] = at < 0 ? "" : Uri.UnescapeDataString(pair[(at + 1)..]);
        }
        if ((options.ContainsKey("$skiptoken") || options.ContainsKey("$deltatoken")) && options.Count > 1)
        {
            // The link is used as given: the options are in the token ("you only need to specify any desired query parameters once upfront").
            throw new GraphErrorException(400, "BadRequest", "A delta link carries its options in its token: send it as it was given.");
        }
        return options;
    }

    private static string Link(Uri uri, string name, string token) =>
        new UriBuilder(uri) { Query = $"{name}={token}" }.Uri.AbsoluteUri;

    private static string Encode(DeltaState s) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\u001f',
        s.Folder, s.Epoch, s.Since?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "", s.Inclusive ? "ge" : "gt", s.Select ?? "",
        s.Top?.ToString(CultureInfo.InvariantCulture) ?? "", s.From, s.UpTo, s.After, s.Delivered)));

    private DeltaState Decode(string token, string folder)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\u001f');
        }
        catch (FormatException)
        {
            parts = [];
        }
        if (parts.Length != 10 || parts[0] != folder || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var epoch))
        {
            throw new GraphErrorException(400, "BadRequest", "The delta or skip token is not valid for this folder.");
        }
        if (epoch != mailbox.DeltaEpoch)
        {
            // Outlook's sync state lives in a cache and can be evicted: "410 Gone ... the client should resync" with
            // the error code syncStateNotFound (https://learn.microsoft.com/en-us/graph/delta-query-overview#synchronization-reset).
            throw new GraphErrorException(410, "syncStateNotFound", "The sync state for this delta token was not found. Start a new sync without a token.");
        }
        static long L(string text) => long.Parse(text, CultureInfo.InvariantCulture);
        return new DeltaState(folder, epoch, parts[2].Length == 0 ? null : new DateTimeOffset(L(parts[2]), TimeSpan.Zero), parts[3] == "ge",
            parts[4].Length == 0 ? null : parts[4], parts[5].Length == 0 ? null : int.Parse(parts[5], CultureInfo.InvariantCulture),
            L(parts[6]), L(parts[7]), L(parts[8]), int.Parse(parts[9], CultureInfo.InvariantCulture));
    }

    /// <summary>A round's place: changes after version From up to UpTo, delivered through After.</summary>
    private sealed record DeltaState(
        string Folder, int Epoch, DateTimeOffset? Since, bool Inclusive, string? Select, int? Top, long From, long UpTo, long After, int Delivered)
    {
        public bool IsCapped => Since is not null && From == 0;
    }
}
