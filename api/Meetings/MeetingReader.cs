using System.Globalization;
using Microsoft.Graph.Models;
using OutlookReferral.Graph;
// Ours, not Microsoft.Graph.Models.Attendee: the meeting as the detectors see it.
using Attendee = OutlookReferral.Core.Attendee;

namespace OutlookReferral.Meetings;

/// <summary>
/// Turns Graph's events into what the detectors read: plain <see cref="MeetingItem"/>s, times in UTC. The calendar
/// itself is read through its delta link (<see cref="CalendarSync"/>); attendance by <see cref="AttendanceReader"/>.
/// </summary>
public static class MeetingReader
{
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
}
