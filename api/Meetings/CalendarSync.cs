using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.CalendarView.Delta;
using OutlookReferral.Graph;

namespace OutlookReferral.Meetings;

/// <summary>
/// Keeps the rep's calendar in step through Graph's calendarView delta
/// (https://learn.microsoft.com/en-us/graph/api/event-delta): the first scan reads the kept range once, every
/// later scan asks the delta link what changed (one request when nothing did). The delta function takes no
/// $select, $filter, $orderby or $top: the range goes in once, the page size in Prefer: odata.maxpagesize.
/// </summary>
public static class CalendarSync
{
    /// <summary>
    /// The calendar now: <paramref name="previous"/> brought up to date through its delta link, or a fresh sync of a
    /// new range when there is none, when the scan's range has left it, or when Graph has forgotten the link.
    /// </summary>
    public static async Task<CalendarSnapshot> SyncAsync(
        RepGraph graph, CalendarSnapshot? previous, DateTimeOffset now, GraphOptions options, CancellationToken ct)
    {
        var (from, to) = CalendarWindow.Needed(now, options.WindowDays, options.UpcomingDays);
        if (previous is { DeltaLink.Length: > 0 } known && known.Window.Covers(from, to))
        {
            try
            {
                return await RoundAsync(graph, known.Window, known.Events, known.DeltaLink, options.PageSize, ct);
            }
            catch (ODataError error) when (DeltaResync.IsNeeded(error))
            {
                // Expired, evicted or broken: start again from nothing, as Graph asks (410 means "full resync").
            }
        }
        var window = CalendarWindow.For(now, options.WindowDays, options.UpcomingDays);
        try
        {
            return await RoundAsync(graph, window, null, null, options.PageSize, ct);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 410)
        {
            // The tokens of the round itself were evicted mid-way: once more, then give up.
            return await RoundAsync(graph, window, null, null, options.PageSize, ct);
        }
    }

    /// <summary>One round: from <paramref name="link"/> (or an initial request) through the nextLinks to a deltaLink.</summary>
    private static async Task<CalendarSnapshot> RoundAsync(
        RepGraph graph, CalendarWindow window, IReadOnlyDictionary<string, MeetingItem>? known, string? link, int pageSize, CancellationToken ct)
    {
        var events = known is null ? new Dictionary<string, MeetingItem>(StringComparer.Ordinal) : new Dictionary<string, MeetingItem>(known, StringComparer.Ordinal);
        var upserted = new HashSet<string>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var delta = graph.Client.Users[graph.UserId].CalendarView.Delta;
        var page = link is null
            ? await delta.GetAsDeltaGetResponseAsync(rc =>
            {
                rc.QueryParameters.StartDateTime = GraphTime.Filter(window.From);
                rc.QueryParameters.EndDateTime = GraphTime.Filter(window.To);
                Prefer(rc.Headers, pageSize);
            }, ct)
            : await delta.WithUrl(link).GetAsDeltaGetResponseAsync(rc => Prefer(rc.Headers, pageSize), ct);
        while (true)
        {
            foreach (var e in page?.Value ?? [])
            {
                Apply(e, events, upserted, removed);
            }
            if (page?.OdataNextLink is { } next)
            {
                page = await delta.WithUrl(next).GetAsDeltaGetResponseAsync(rc => Prefer(rc.Headers, pageSize), ct);
            }
            else
            {
                var deltaLink = page?.OdataDeltaLink ?? throw new InvalidOperationException("Graph ended a calendar delta round without a deltaLink.");
                var changes = known is null ? CalendarChanges.Everything : new CalendarChanges(false, upserted, removed);
                return new CalendarSnapshot(window, deltaLink, events) { Changes = changes };
            }
        }
    }

    // An @removed entry carries only the id; it may name an event outside the range, or one never seen (event-delta.md,
    // "Response"): removing what is not there is harmless. An event that became all-day leaves the kept set too.
    private static void Apply(Event e, Dictionary<string, MeetingItem> events, HashSet<string> upserted, HashSet<string> removed)
    {
        if (e.Id is not { } id)
        {
            return;
        }
        var meeting = e.AdditionalData?.ContainsKey("@removed") == true ? null : MeetingReader.ToMeeting(e);
        if (meeting is { IsAllDay: false })
        {
            events[id] = meeting;
            upserted.Add(id);
            removed.Remove(id);
        }
        else
        {
            events.Remove(id);
            removed.Add(id);
            upserted.Remove(id);
        }
    }

    // UTC times, and pages as large as a scan's mail pages. Prefer is repeated on every page: it is a request header, not part of the link.
    private static void Prefer(Microsoft.Kiota.Abstractions.RequestHeaders headers, int pageSize)
    {
        headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
    }
}
