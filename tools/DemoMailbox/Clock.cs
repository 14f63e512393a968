internal static class Clock
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset DaylightEnds = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static TimeSpan Offset(Zone zone, DateTimeOffset utc)
    {
        var standard = zone switch { Zone.Pacific => -8, Zone.Mountain => -7, Zone.Central => -6, _ => -5 };
        return TimeSpan.FromHours(utc < DaylightEnds ? standard + 1 : standard);
    }

    /// <summary>A Pacific wall-clock time (the rep's) as UTC.</summary>
    public static DateTimeOffset Pt(int month, int day, int hour, int minute, int second = 0)
    {
        var local = new DateTime(2026, month, day, hour, minute, second, DateTimeKind.Unspecified);
        var offset = Offset(Zone.Pacific, new DateTimeOffset(local, TimeSpan.FromHours(-8)));
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset Local(DateTimeOffset utc, Zone zone) => utc.ToOffset(Offset(zone, utc));

    public static string Iso(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Inv);

    /// <summary>Graph's dateTimeTimeZone form: seven fractional digits, no offset.</summary>
    public static string GraphLocal(DateTime wallClock) => wallClock.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", Inv);

    public static string Rfc2822(DateTimeOffset utc, Zone zone)
    {
        var local = Local(utc, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return local.ToString("ddd, d MMM yyyy HH:mm:ss ", Inv) + sign + Math.Abs(offset.Hours).ToString("00", Inv) + Math.Abs(offset.Minutes).ToString("00", Inv);
    }

    /// <summary>How Outlook prints a date in a quoted header block.</summary>
    public static string Outlook(DateTimeOffset utc) =>
        Local(utc, Zone.Pacific).ToString("dddd, MMMM d, yyyy h:mm tt", Inv);

    /// <summary>Moves a moment into the rep's working hours (08:00-18:00 Pacific, Monday to Friday).</summary>
    public static DateTimeOffset IntoWorkday(DateTimeOffset utc, Random random)
    {
        var local = Local(utc, Zone.Pacific);
        if (local.Hour >= 18)
        {
            local = local.Date.AddDays(1).AddHours(8).AddMinutes(random.Next(0, 90));
        }
        else if (local.Hour < 8)
        {
            local = local.Date.AddHours(8).AddMinutes(random.Next(0, 60));
        }
        while (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            local = local.Date.AddDays(1).AddHours(8).AddMinutes(random.Next(0, 90));
        }
        return Pt(local.Month, local.Day, local.Hour, local.Minute, local.Second);
    }
}
