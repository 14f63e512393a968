using System.Globalization;
using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>The OData query options the demo mailbox honours, parsed strictly: what it does not know, it refuses.</summary>
public sealed partial class ODataQuery
{
    // $skiptoken and $deltatoken: the state tokens of delta links (delta-query-overview.md); routes that take none refuse them.
    private static readonly HashSet<string> KnownOptions = ["$select", "$filter", "$orderby", "$top", "$skip", "$count", "$expand", "$search", "$skiptoken", "$deltatoken"];

    public IReadOnlyList<string>? Select { get; private init; }

    public IReadOnlyList<FilterClause> Filter { get; private init; } = [];

    public IReadOnlyList<(string Property, bool Descending)> OrderBy { get; private init; } = [];

    public int? Top { get; private init; }

    public int Skip { get; private init; }

    public IReadOnlyDictionary<string, string> Parameters { get; private init; } = new Dictionary<string, string>();

    [GeneratedRegex(@"^\s*(?<p>[A-Za-z][A-Za-z0-9/]*)\s+(?<op>eq|ne|ge|gt|le|lt)\s+(?<v>'(?:[^']|'')*'|[^\s]+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex And();

    public static ODataQuery Parse(Uri uri)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(at < 0 ? pair : pair[..at]);
            var value = at < 0 ? "" : Uri.UnescapeDataString(pair[(at + 1)..]);
            if (key.StartsWith('$') && !KnownOptions.Contains(key))
            {
                throw new GraphErrorException(400, "BadRequest", $"Query option '{key}' is not supported by the demo mailbox.");
            }
            options[key] = value;
        }
        return new ODataQuery
        {
            Select = options.TryGetValue("$select", out var select)
                ? select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null,
            Filter = options.TryGetValue("$filter", out var filter) ? ParseFilter(filter) : [],
            OrderBy = options.TryGetValue("$orderby", out var orderBy) ? ParseOrderBy(orderBy) : [],
            Top = options.TryGetValue("$top", out var top) ? ParseTop(top) : null,
            Skip = options.TryGetValue("$skip", out var skip) && int.TryParse(skip, CultureInfo.InvariantCulture, out var s) && s >= 0 ? s : 0,
            Parameters = options,
        };
    }

    /// <summary>The @odata.nextLink of a page: the same request with a new $skip.</summary>
    public static string NextLink(Uri uri, int skip)
    {
        var parts = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Uri.UnescapeDataString(p).StartsWith("$skip=", StringComparison.OrdinalIgnoreCase))
            .Append($"%24skip={skip}");
        return new UriBuilder(uri) { Query = string.Join('&', parts) }.Uri.AbsoluteUri;
    }

    private static List<FilterClause> ParseFilter(string filter)
    {
        var clauses = new List<FilterClause>();
        foreach (var part in And().Split(filter.Trim()))
        {
            var match = Clause().Match(part);
            if (!match.Success)
            {
                throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", $"The query filter contains one or more invalid nodes: '{part}'.");
            }
            clauses.Add(new FilterClause(match.Groups["p"].Value, match.Groups["op"].Value.ToLowerInvariant(), Literal(match.Groups["v"].Value)));
        }
        return clauses;
    }

    private static object Literal(string text)
    {
        if (text.StartsWith('\''))
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }
        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }
        throw new GraphErrorException(400, "ErrorInvalidUrlQueryFilter", $"Unrecognised literal '{text}' in $filter.");
    }

    private static List<(string, bool)> ParseOrderBy(string orderBy) =>
        orderBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(words => words.Length switch
            {
                1 => (words[0], false),
                2 when words[1].Equals("desc", StringComparison.OrdinalIgnoreCase) => (words[0], true),
                2 when words[1].Equals("asc", StringComparison.OrdinalIgnoreCase) => (words[0], false),
                _ => throw new GraphErrorException(400, "BadRequest", $"Invalid $orderby clause '{string.Join(' ', words)}'."),
            })
            .ToList();

    private static int ParseTop(string top) =>
        int.TryParse(top, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 1000
            ? value
            : throw new GraphErrorException(400, "BadRequest", $"Invalid value '{top}' for $top: it must be between 1 and 1000.");
}
