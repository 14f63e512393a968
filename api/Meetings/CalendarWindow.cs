namespace OutlookReferral.Meetings;

/// <summary>
/// The range of the rep's calendar kept in sync through one calendarView delta link. A delta link serves one
/// fixed range (its token encodes startDateTime and endDateTime), while a scan's own range moves with the clock:
/// the kept range is aligned to whole weeks with margins, so one link serves every scan of a week or two, and a
/// new range (a fresh initial sync) is needed only when the scan's range has left it.
/// </summary>
public sealed record CalendarWindow(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Room ahead of the scan's range: how long one link lasts before the range must move.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromDays(14);

    /// <summary>The range a scan at <paramref name="now"/> reads: <paramref name="pastDays"/> back, <paramref name="upcomingDays"/> ahead.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Needed(DateTimeOffset now, int pastDays, int upcomingDays) =>
        (now.AddDays(-pastDays), now.AddDays(upcomingDays));

    /// <summary>The kept range for a scan at <paramref name="now"/>: from the Monday on or before its start to two weeks past the Monday on or before its end.</summary>
    public static CalendarWindow For(DateTimeOffset now, int pastDays, int upcomingDays)
    {
        var (from, to) = Needed(now, pastDays, upcomingDays);
        return new CalendarWindow(WeekStart(from), WeekStart(to) + Margin);
    }

    /// <summary>Whether this range holds all of [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool Covers(DateTimeOffset from, DateTimeOffset to) => From <= from && To >= to;

    private static DateTimeOffset WeekStart(DateTimeOffset at)
    {
        var day = at.UtcDateTime.Date;
        return new DateTimeOffset(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), TimeSpan.Zero);
    }
}
