using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// Graph's online meeting reads over onlineMeetings.json: a meeting found by its join URL, then its
/// attendance reports and their records. A report with <c>availableAfter</c> stays out of sight until the
/// emulator's clock reaches it, the way Teams publishes reports a while after a meeting ends.
/// </summary>
internal sealed class OnlineMeetingQueries(MailboxFolder mailbox, TimeProvider time)
{
    /// <summary>GET /onlineMeetings?$filter=JoinWebUrl eq '...': a one-meeting collection, or an empty one.</summary>
    public JsonObject FindByJoinUrl(ODataQuery query)
    {
        AllowOnly(query, "$filter");
        if (query.Filter is not [{ Operator: "eq", Value: string url } clause]
            || !clause.Property.Equals("JoinWebUrl", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphErrorException(400, "BadRequest",
                "The demo mailbox finds online meetings only by $filter=JoinWebUrl eq '{joinWebUrl}'.");
        }
        // The URL is compared exactly as the event's onlineMeeting.joinUrl gives it, escapes and all.
        var found = mailbox.OnlineMeetings.Where(m => string.Equals(m.JoinWebUrl, url, StringComparison.Ordinal))
            .Select(m => MeetingOrganiser.Require(m, mailbox)).ToList();
        return Collection(found.Select(m => m.Json.DeepClone()));
    }

    /// <summary>GET /onlineMeetings/{id}: the meeting, without its reports (they are a relationship).</summary>
    public JsonObject Meeting(string meetingId, ODataQuery query)
    {
        AllowOnly(query);
        return Find(meetingId).Json.DeepClone().AsObject();
    }

    /// <summary>GET .../attendanceReports: the published reports, one per session, each with an empty attendanceRecords.</summary>
    public JsonObject Reports(string meetingId, ODataQuery query)
    {
        AllowOnly(query);
        var now = time.GetUtcNow();
        // Listed reports carry "attendanceRecords": [] as in the documented example
        // (https://learn.microsoft.com/en-us/graph/api/meetingattendancereport-list: "The attendanceRecords property is empty in the response").
        return Collection(Find(meetingId).Reports.Where(r => r.IsAvailable(now)).Select(r =>
        {
            var shown = r.Show(withRecords: false);
            shown["attendanceRecords"] = new JsonArray();
            return (JsonNode)shown;
        }));
    }

    /// <summary>GET .../attendanceReports/{id}, with its records under $expand=attendanceRecords.</summary>
    public JsonObject Report(string meetingId, string reportId, ODataQuery query)
    {
        AllowOnly(query, "$expand");
        var expand = query.Parameters.GetValueOrDefault("$expand")
            ?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (expand.FirstOrDefault(e => !e.Equals("attendanceRecords", StringComparison.OrdinalIgnoreCase)) is { } unknown)
        {
            throw new GraphErrorException(400, "BadRequest", $"Could not find a navigation property named '{unknown}' on type 'microsoft.graph.meetingAttendanceReport'.");
        }
        return FindReport(meetingId, reportId).Show(withRecords: expand.Length > 0);
    }

    /// <summary>GET .../attendanceReports/{id}/attendanceRecords.</summary>
    public JsonObject Records(string meetingId, string reportId, ODataQuery query)
    {
        AllowOnly(query);
        return Collection(FindReport(meetingId, reportId).Records.Select(r => r!.DeepClone()));
    }

    private StoredMeeting Find(string meetingId) =>
        MeetingOrganiser.Require(mailbox.OnlineMeetings.FirstOrDefault(m => m.Id == meetingId)
            ?? throw new GraphErrorException(404, "NotFound", $"The online meeting '{meetingId}' was not found."), mailbox);

    // A report not yet published is as absent as one that never existed.
    private StoredReport FindReport(string meetingId, string reportId) =>
        Find(meetingId).Reports.FirstOrDefault(r => r.Id == reportId && r.IsAvailable(time.GetUtcNow()))
        ?? throw new GraphErrorException(404, "NotFound", $"The attendance report '{reportId}' was not found.");

    private static void AllowOnly(ODataQuery query, params string[] allowed)
    {
        if (query.Parameters.Keys.FirstOrDefault(k => k.StartsWith('$') && !allowed.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } option)
        {
            throw new GraphErrorException(400, "BadRequest", $"Query option '{option}' is not supported by the demo mailbox on online meetings.");
        }
    }

    private static JsonObject Collection(IEnumerable<JsonNode> items) => new() { ["value"] = new JsonArray(items.ToArray()) };
}
