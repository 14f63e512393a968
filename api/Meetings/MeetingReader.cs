using System.Globalization;
using Microsoft.Graph.Models;
using OutlookReferral.Graph;
// Ours, not Microsoft.Graph.Models.Attendee: the meeting as the detectors see it.
using Attendee = OutlookReferral.Core.Attendee;

namespace OutlookReferral.Meetings;

/// <summary>
/// Reads the rep's calendar through Graph (one paged calendarView pass, times in UTC) and, for Teams
/// meetings the rep organised, who attended (see <see cref="AttendanceReader"/>).
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
