using System.Text.RegularExpressions;

namespace OutlookReferral.Emulator;

/// <summary>The emulator's calendar and online meeting routes: calendarView, its delta, getSchedule, onlineMeetings and attendance.</summary>
public sealed partial class GraphEmulator
{
    [GeneratedRegex(@"^/(?:calendar/)?calendarView$", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarView();

    // The SDK calls the function by its full name with parentheses: /calendarView/microsoft.graph.delta().
    [GeneratedRegex(@"^/(?:calendar/)?calendarView/(?:microsoft\.graph\.)?delta(?:\(\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarViewDelta();

    /// <summary>
    /// Forgets every calendar delta and skip token handed out, as Outlook's token cache does when it evicts
    /// them: the next request with one answers 410 SyncStateNotFound and the client must sync again.
    /// </summary>
    public void ExpireCalendarDeltaTokens() => calendarDelta.ExpireTokens();

    /// <summary>How many calendar delta (and skip) tokens the mailbox keeps before the oldest are evicted (answer 410).</summary>
    public const int CalendarDeltaTokenCapacity = CalendarDeltaQueries.TokenCapacity;

    [GeneratedRegex(@"^/calendar/(?:microsoft\.graph\.)?getSchedule$", RegexOptions.IgnoreCase)]
    private static partial Regex GetSchedule();

    /// <summary>The response for a calendar or online meeting route; null when <paramref name="rest"/> is neither.</summary>
    private HttpResponseMessage? CalendarRoute(HttpRequestMessage request, string rest, ODataQuery query, string? body)
    {
        var method = request.Method;
        if (method == HttpMethod.Get && CalendarView().IsMatch(rest))
        {
            return Json(calendar.View(query, request.RequestUri!, GraphTimeZones.Preferred(request)), request);
        }
        if (method == HttpMethod.Get && CalendarViewDelta().IsMatch(rest))
        {
            return Json(calendarDelta.Delta(query, request), request);
        }
        if (method == HttpMethod.Post && GetSchedule().IsMatch(rest))
        {
            return Json(schedule.GetSchedule(GraphJson.ReadObject(body), GraphTimeZones.Preferred(request)), request);
        }
        return MeetingRoute(request, query);
    }

    private HttpResponseMessage? MeetingRoute(HttpRequestMessage request, ODataQuery query)
    {
        // Meeting and report ids are opaque and may hold an escaped '/': split the raw path, then unescape.
        var rawRest = UserRoute().Match(request.RequestUri!.AbsolutePath).Groups["rest"].Value;
        var segments = rawRest.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments.Length == 0 || !Named(segments[0], "onlineMeetings"))
        {
            return null;
        }
        if (request.Method != HttpMethod.Get)
        {
            throw Unsupported(request);
        }
        var body = segments switch
        {
            [_] => meetings.FindByJoinUrl(query),
            [_, var meeting] => meetings.Meeting(meeting, query),
            [_, var meeting, var reports] when Named(reports, "attendanceReports") => meetings.Reports(meeting, query),
            [_, var meeting, var reports, var report] when Named(reports, "attendanceReports") => meetings.Report(meeting, report, query),
            [_, var meeting, var reports, var report, var records]
                when Named(reports, "attendanceReports") && Named(records, "attendanceRecords") => meetings.Records(meeting, report, query),
            _ => throw Unsupported(request),
        };
        return Json(body, request);
    }

    private static bool Named(string segment, string name) => segment.Equals(name, StringComparison.OrdinalIgnoreCase);
}
