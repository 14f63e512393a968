using System.Globalization;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using OutlookReferral.Graph;

namespace OutlookReferral.Meetings;

/// <summary>Reads the rep's free/busy through Graph's getSchedule and offers three open times (the "easy way back").</summary>
public static class OpenSlots
{
    public static async Task<IReadOnlyList<string>> FindAsync(RepGraph graph, RepProfile rep, DateTimeOffset now, CancellationToken ct)
    {
        var zone = rep.Zone;
        var (from, to) = SlotFinder.Window(now, WorkingHours.Default(zone));
        var response = await graph.Client.Users[graph.UserId].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(new GetSchedulePostRequestBody
        {
            Schedules = [rep.PrimaryAddress],
            StartTime = new DateTimeTimeZone { DateTime = Iso(from), TimeZone = "UTC" },
            EndTime = new DateTimeTimeZone { DateTime = Iso(to), TimeZone = "UTC" },
            AvailabilityViewInterval = SlotFinder.SlotMinutes,
        }, cancellationToken: ct);
        var schedule = response?.Value?.FirstOrDefault();
        if (schedule?.AvailabilityView is not { Length: > 0 } view)
        {
            return [];
        }
        var hours = HoursOf(schedule.WorkingHours, zone);
        return SlotFinder.Pick(view, from, SlotMinutes, hours).Select(s => SlotFinder.Describe(s, zone)).ToList();
    }

    private const int SlotMinutes = SlotFinder.SlotMinutes;

    private static WorkingHours HoursOf(Microsoft.Graph.Models.WorkingHours? graph, TimeZoneInfo fallback)
    {
        if (graph?.StartTime is not { } start || graph.EndTime is not { } end || graph.DaysOfWeek is not { Count: > 0 } days)
        {
            return WorkingHours.Default(fallback);
        }
        var zone = graph.TimeZone?.Name is { } name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found) ? found : fallback;
        return new WorkingHours(
            days.Where(d => d is not null).Select(d => Enum.Parse<DayOfWeek>(d!.Value.ToString(), ignoreCase: true)).ToHashSet(),
            new TimeOnly(start.Hour, start.Minute), new TimeOnly(end.Hour, end.Minute), zone);
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
