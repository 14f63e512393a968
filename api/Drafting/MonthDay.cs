using System.Globalization;

namespace OutlookReferral.Drafting;

/// <summary>"November 23": how drafts and refusals name a day, in the rep's zone, the same in every sentence.</summary>
public static class MonthDay
{
    private const string Format = "MMMM d";

    public static string Of(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString(Format, CultureInfo.InvariantCulture);

    public static string Of(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);
}
