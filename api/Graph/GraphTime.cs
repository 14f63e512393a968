using System.Globalization;

namespace OutlookReferral.Graph;

/// <summary>How Graph's OData filters write an instant: UTC, to the second, with a Z.</summary>
public static class GraphTime
{
    /// <summary>"2026-11-23T15:00:00Z", the form <c>$filter=receivedDateTime ge …</c> and calendarView's bounds take.</summary>
    public static string Filter(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
