namespace OutlookReferral.Emulator;

/// <summary>
/// Query options each kind of route takes, as Graph documents them: reading one item (the user, a message)
/// takes $select and $expand; a write or an action takes none. Anything else is refused, never ignored.
/// https://learn.microsoft.com/en-us/graph/api/user-get#optional-query-parameters,
/// https://learn.microsoft.com/en-us/graph/api/message-get#optional-query-parameters
/// </summary>
internal static class RouteOptions
{
    private static readonly string[] OneItem = ["$select", "$expand"];

    /// <param name="oneItem">A GET of one item rather than of a collection.</param>
    public static void Check(HttpMethod method, bool oneItem, ODataQuery query)
    {
        string[] allowed = method == HttpMethod.Get ? (oneItem ? OneItem : ["$select", "$filter", "$orderby", "$top", "$skip", "$count", "$expand"]) : [];
        if (query.Parameters.Keys.FirstOrDefault(k => k.StartsWith('$') && !allowed.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } option)
        {
            throw new GraphErrorException(400, "BadRequest",
                $"Query option '{option}' is not allowed on {method} of {(oneItem ? "a single item" : "this resource")}.");
        }
    }
}
