using OutlookReferral.Graph;

namespace OutlookReferral.Meetings;

/// <summary>
/// Reads Teams attendance for the rep's meetings through Graph, one scan at a time: the online meeting behind a
/// join URL and its reports once per URL, and a report's records once, only for sessions that belong to a
/// meeting being judged.
/// </summary>
public sealed class AttendanceReader(RepGraph graph)
{
    private readonly Dictionary<string, (string MeetingId, List<AttendanceSession> Sessions)?> byJoinUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<AttendanceRecord>> recordsByReport = new(StringComparer.Ordinal);

    /// <summary>Who joined this occurrence's session(s); pending while Graph has no report for it yet.</summary>
    /// <param name="siblings">The other calendar occurrences with the same join URL, so each session goes to one of them.</param>
    public async Task<AttendanceEvidence> ReadAsync(MeetingItem occurrence, IEnumerable<MeetingItem> siblings, DateTimeOffset now, CancellationToken ct)
    {
        if (await SessionsAsync(occurrence.JoinUrl!, ct) is not { } meeting)
        {
            // Graph only finds meetings the rep organised: nothing to read.
            return new AttendanceEvidence.Unavailable();
        }
        var own = SessionMatcher.For(occurrence, meeting.Sessions, siblings);
        if (own.Count == 0)
        {
            // This occurrence's report is not out yet, even if earlier sessions' are.
            return new AttendanceEvidence.Pending(now);
        }
        var records = new List<AttendanceRecord>();
        foreach (var session in own)
        {
            records.AddRange(await RecordsAsync(meeting.MeetingId, session.ReportId, ct));
        }
        return new AttendanceEvidence.Report(records);
    }

    private async Task<(string MeetingId, List<AttendanceSession> Sessions)?> SessionsAsync(string joinUrl, CancellationToken ct)
    {
        if (byJoinUrl.TryGetValue(joinUrl, out var known))
        {
            return known;
        }
        var user = graph.Client.Users[graph.UserId];
        var found = await user.OnlineMeetings.GetAsync(rc =>
            rc.QueryParameters.Filter = $"JoinWebUrl eq '{joinUrl.Replace("'", "''", StringComparison.Ordinal)}'", ct);
        (string, List<AttendanceSession>)? meeting = null;
        if (found?.Value?.FirstOrDefault()?.Id is { } meetingId)
        {
            // Listed reports carry their session times but no records
            // (https://learn.microsoft.com/en-us/graph/api/meetingattendancereport-list: "attendanceRecords ... is empty").
            var reports = await user.OnlineMeetings[meetingId].AttendanceReports.GetAsync(cancellationToken: ct);
            var sessions = (reports?.Value ?? [])
                .Where(r => r.Id is not null && r.MeetingStartDateTime is not null && r.MeetingEndDateTime is not null)
                .Select(r => new AttendanceSession(r.Id!, r.MeetingStartDateTime!.Value, r.MeetingEndDateTime!.Value))
                .ToList();
            meeting = (meetingId, sessions);
        }
        byJoinUrl[joinUrl] = meeting;
        return meeting;
    }

    private async Task<IReadOnlyList<AttendanceRecord>> RecordsAsync(string meetingId, string reportId, CancellationToken ct)
    {
        if (recordsByReport.TryGetValue(reportId, out var known))
        {
            return known;
        }
        // Records come only with $expand (https://learn.microsoft.com/en-us/graph/api/meetingattendancereport-get).
        var full = await graph.Client.Users[graph.UserId].OnlineMeetings[meetingId].AttendanceReports[reportId]
            .GetAsync(rc => rc.QueryParameters.Expand = ["attendanceRecords"], ct);
        IReadOnlyList<AttendanceRecord> records = (full?.AttendanceRecords ?? [])
            .Select(r => new AttendanceRecord(r.EmailAddress, r.Identity?.DisplayName)).ToList();
        recordsByReport[reportId] = records;
        return records;
    }
}
