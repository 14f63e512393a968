using System.Globalization;
using Microsoft.Graph.Models;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;

namespace OutlookReferral.Meetings;

/// <summary>
/// Reads the rep's calendar through Graph (one paged calendarView pass, times in UTC) and, for Teams
/// meetings the rep organised, who attended (onlineMeetings by join URL, then attendance reports).
/// </summary>
public static class MeetingReader
{
    private static readonly string[] EventFields =
    [
        "id", "subject", "start", "end", "isAllDay", "isCancelled", "isOrganizer", "organizer", "attendees",
        "isOnlineMeeting", "onlineMeetingProvider", "onlineMeeting", "type", "seriesMasterId",
    ];

    public static async Task<IReadOnlyList<MeetingItem>> ReadMeetingsAsync(
        RepGraph graph, DateTimeOffset from, DateTimeOffset to, int pageSize, Func<MeetingItem, bool> keep, CancellationToken ct)
    {
        var kept = new List<MeetingItem>();
        var first = await graph.Client.Users[graph.UserId].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = Iso(from);
            rc.QueryParameters.EndDateTime = Iso(to);
            rc.QueryParameters.Select = EventFields;
            rc.QueryParameters.Top = pageSize;
            rc.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        }, ct);
        if (first is null)
        {
            return kept;
        }
        var pages = Microsoft.Graph.PageIterator<Event, EventCollectionResponse>.CreatePageIterator(graph.Client, first,
            e =>
            {
                if (ToMeeting(e) is { } meeting && keep(meeting))
                {
                    kept.Add(meeting);
                }
                return true;
            },
            request =>
            {
                request.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
                return request;
            });
        await pages.IterateAsync(ct);
        return kept;
    }

    /// <summary>Who joined a Teams meeting, all sessions together; pending while Graph has no report yet.</summary>
    public static async Task<AttendanceEvidence> ReadAttendanceAsync(RepGraph graph, string joinUrl, DateTimeOffset now, CancellationToken ct)
    {
        var user = graph.Client.Users[graph.UserId];
        var found = await user.OnlineMeetings.GetAsync(rc =>
            rc.QueryParameters.Filter = $"JoinWebUrl eq '{joinUrl.Replace("'", "''", StringComparison.Ordinal)}'", ct);
        if (found?.Value?.FirstOrDefault()?.Id is not { } meetingId)
        {
            // Graph only finds meetings the rep organised: nothing to read.
            return new AttendanceEvidence.Unavailable();
        }
        var reports = await user.OnlineMeetings[meetingId].AttendanceReports.GetAsync(cancellationToken: ct);
        if (reports?.Value is not { Count: > 0 } list)
        {
            return new AttendanceEvidence.Pending(now);
        }
        var records = new List<AttendanceRecord>();
        foreach (var report in list.Where(r => r.Id is not null))
        {
            var full = await user.OnlineMeetings[meetingId].AttendanceReports[report.Id].GetAsync(rc =>
                rc.QueryParameters.Expand = ["attendanceRecords"], ct);
            records.AddRange((full?.AttendanceRecords ?? []).Select(r => new AttendanceRecord(r.EmailAddress, r.Identity?.DisplayName)));
        }
        return new AttendanceEvidence.Report(records);
    }

    internal static MeetingItem? ToMeeting(Event e)
    {
        if (e.Id is null || ToUtc(e.Start) is not { } start || ToUtc(e.End) is not { } end)
        {
            return null;
        }
        return new MeetingItem(
            e.Id,
            e.Subject ?? "",
            start,
            end,
            e.IsAllDay ?? false,
            e.IsCancelled ?? false,
            e.IsOrganizer ?? false,
            Address.Normalize(e.Organizer?.EmailAddress?.Address),
            (e.Attendees ?? []).Select(a => new Attendee(
                Address.Normalize(a.EmailAddress?.Address), a.EmailAddress?.Name ?? "",
                a.Status?.Response?.ToString() ?? "none")).ToList(),
            e.OnlineMeetingProvider == OnlineMeetingProviderType.TeamsForBusiness ? e.OnlineMeeting?.JoinUrl : null);
    }

    /// <summary>Graph's dateTime + timeZone pair as a UTC instant (we ask for UTC; other zones are converted).</summary>
    internal static DateTimeOffset? ToUtc(DateTimeTimeZone? value)
    {
        if (value?.DateTime is null || !DateTime.TryParse(value.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }
        var zone = value.TimeZone is null or "UTC" or "Etc/UTC" ? TimeZoneInfo.Utc
            : TimeZoneInfo.TryFindSystemTimeZoneById(value.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
