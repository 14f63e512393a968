using System.Globalization;

namespace OutlookReferral.Drafting;

/// <summary>
/// Picks open times to offer after a missed meeting: free 30-minute slots in the rep's working hours over
/// the next five business days, one per day where possible. Pure: an availability view in, slots out.
/// </summary>
public static class SlotFinder
{
    public const int SlotMinutes = 30;
    public const int BusinessDays = 5;

    /// <summary>Where to look: from a little after now to the end of the fifth business day after today.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(DateTimeOffset now, WorkingHours hours)
    {
        var local = TimeZoneInfo.ConvertTime(now, hours.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var counted = 0; counted < BusinessDays;)
        {
            day = day.AddDays(1);
            counted += hours.Days.Contains(day.DayOfWeek) ? 1 : 0;
        }
        var end = TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), hours.Zone);
        var from = RoundUp(now.AddHours(2));
        return (from, new DateTimeOffset(end, TimeSpan.Zero));
    }

    /// <param name="availability">Graph's availabilityView: one digit per interval from <paramref name="from"/>, '0' is free.</param>
    public static IReadOnlyList<DateTimeOffset> Pick(string availability, DateTimeOffset from, int intervalMinutes, WorkingHours hours, int count = 3)
    {
        var free = new List<DateTimeOffset>();
        for (var i = 0; i < availability.Length; i++)
        {
            var start = from.AddMinutes(i * intervalMinutes);
            if (availability[i] == '0' && Within(start, hours))
            {
                free.Add(start);
            }
        }
        // One slot per day first, so the prospect has a real choice; then fill from the earliest.
        var spread = free.GroupBy(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s, hours.Zone).DateTime)).Select(g => g.First()).Take(count).ToList();
        return spread.Concat(free.Except(spread)).Take(count).Order().ToList();
    }

    /// <summary>"Tuesday, November 24, 10:00 AM – 10:30 AM (Pacific Standard Time)"</summary>
    public static string Describe(DateTimeOffset slot, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTime(slot, zone);
        var end = start.AddMinutes(SlotMinutes);
        return string.Create(CultureInfo.InvariantCulture, $"{start:dddd, MMMM d}, {start:h:mm tt} – {end:h:mm tt} ({zone.StandardName})");
    }

    /// <summary>"Tuesday, November 17 at 10:00 AM (Pacific Standard Time)"</summary>
    public static string DescribeMeeting(DateTimeOffset start, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{local:dddd, MMMM d} at {local:h:mm tt} ({zone.StandardName})");
    }

    private static bool Within(DateTimeOffset slot, WorkingHours hours)
    {
        var start = TimeZoneInfo.ConvertTime(slot, hours.Zone);
        var end = start.AddMinutes(SlotMinutes);
        return hours.Days.Contains(start.DayOfWeek) && end.Date == start.Date
            && TimeOnly.FromDateTime(start.DateTime) >= hours.Start && TimeOnly.FromDateTime(end.DateTime) <= hours.End;
    }

    private static DateTimeOffset RoundUp(DateTimeOffset at)
    {
        var ticks = TimeSpan.FromMinutes(SlotMinutes).Ticks;
        var utc = at.UtcTicks;
        return new DateTimeOffset((utc + ticks - 1) / ticks * ticks, TimeSpan.Zero);
    }
}
