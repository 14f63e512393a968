using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// Graph's calendarView over the demo calendar: the events overlapping [startDateTime, endDateTime),
/// series expanded, shown in the zone the request prefers, with $select, $orderby, $top and paging.
/// </summary>
internal sealed class CalendarQueries(MailboxFolder mailbox)
{
    // Graph's page size for calendarView when $top is not given.
    private const int DefaultPageSize = 10;

    public static readonly HashSet<string> EventProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "changeKey", "categories", "transactionId", "originalStartTimeZone", "originalEndTimeZone", "iCalUId",
        "reminderMinutesBeforeStart", "isReminderOn", "hasAttachments", "subject", "body", "bodyPreview", "importance",
        "sensitivity", "isAllDay", "isCancelled", "isOrganizer", "responseRequested", "seriesMasterId", "showAs", "type",
        "webLink", "onlineMeetingUrl", "isOnlineMeeting", "onlineMeetingProvider", "allowNewTimeProposals", "isDraft",
        "hideAttendees", "responseStatus", "start", "end", "originalStart", "location", "locations", "recurrence",
        "attendees", "organizer", "onlineMeeting",
    };

    // Graph's calendarView documents these two as not selectable: refusing them beats quietly dropping them.
    private static readonly string[] NotSelectable = ["createdDateTime", "lastModifiedDateTime"];

    public JsonObject View(ODataQuery query, Uri uri, NamedZone zone)
    {
        if (query.Filter.Count > 0 || new[] { "$expand", "$count", "$skiptoken", "$deltatoken" }.Any(query.Parameters.ContainsKey))
        {
            throw new GraphErrorException(400, "BadRequest", "The demo mailbox's calendarView supports $select, $orderby, $top and $skip only.");
        }
        if (query.Select?.FirstOrDefault(s => NotSelectable.Contains(s, StringComparer.OrdinalIgnoreCase)) is { } property)
        {
            throw new GraphErrorException(400, "ErrorInvalidProperty", $"The property '{property}' does not support $select on calendarView.");
        }
        GraphJson.CheckSelect(query.Select, EventProperties);
        var (from, to) = Window(query);
        var matching = Sort(mailbox.Calendar.Between(from, to), query.OrderBy).ToList();
        var top = query.Top ?? DefaultPageSize;
        var page = matching.Skip(query.Skip).Take(top);
        var result = new JsonObject
        {
            ["value"] = new JsonArray(page.Select(e => (JsonNode)GraphJson.Project(e.Show(zone), query.Select, EventProperties, defaultHidden: [])).ToArray()),
        };
        if (query.Skip + top < matching.Count)
        {
            result["@odata.nextLink"] = ODataQuery.NextLink(uri, query.Skip + top);
        }
        return result;
    }

    // Both bounds are required; a value without an offset is UTC, and Prefer does not change that.
    internal static (DateTimeOffset From, DateTimeOffset To) Window(ODataQuery query)
    {
        DateTimeOffset? Bound(string name) =>
            !query.Parameters.TryGetValue(name, out var text) || text.Length == 0 ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
            : throw new GraphErrorException(400, "ErrorInvalidParameter", $"The value '{text}' of parameter '{name}' is not a valid date and time.");
        return (Bound("startDateTime"), Bound("endDateTime")) is ({ } from, { } to)
            ? (from, to)
            : throw new GraphErrorException(400, "ErrorInvalidParameter",
                "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
    }

    private static IEnumerable<StoredEvent> Sort(IEnumerable<StoredEvent> events, IReadOnlyList<(string Property, bool Descending)> orderBy)
    {
        // Without $orderby, earliest first; the id breaks ties so pages never shuffle between requests.
        IOrderedEnumerable<StoredEvent> sorted = orderBy.Count == 0
            ? events.OrderBy(e => e.Start)
            : events.OrderBy(_ => 0);
        foreach (var (property, descending) in orderBy)
        {
            Func<StoredEvent, IComparable?> key = property.ToLowerInvariant() switch
            {
                "start/datetime" => e => e.Start,
                "end/datetime" => e => e.End,
                "subject" => e => (string?)e.Json["subject"],
                _ => throw new GraphErrorException(400, "BadRequest", $"The demo mailbox cannot sort events by '{property}'."),
            };
            sorted = descending ? sorted.ThenByDescending(key) : sorted.ThenBy(key);
        }
        return sorted.ThenBy(e => e.Id, StringComparer.Ordinal);
    }
}
