using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookReferral.Graph;
using static OutlookReferral.Tests.Emulator.CalendarFiles;

namespace OutlookReferral.Tests.Emulator;

/// <summary>calendarView through the real SDK: the right instants, the preferred clock, series expanded.</summary>
public class CalendarViewTests
{
    private static async Task<List<Event>> View(RepGraph graph, string? start, string? end, string? prefer = null)
    {
        var page = await graph.Client.Users[graph.UserId].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = start;
            rc.QueryParameters.EndDateTime = end;
            rc.QueryParameters.Top = 100;
            if (prefer is not null)
            {
                rc.Headers.Add("Prefer", $"outlook.timezone=\"{prefer}\"");
            }
        });
        return page!.Value!;
    }

    [Test]
    public async Task AnEventStoredInPacificTimeIsFoundAtItsUtcInstant()
    {
        // 09:00-11:00 Pacific on 24 November (standard time, UTC-8) is 17:00-19:00 UTC.
        var (graph, _) = EmulatedGraph.Connect(edit: Events(
            Event("planning", "FY27 territory planning", "2026-11-24T09:00:00.0000000", "2026-11-24T11:00:00.0000000", Pacific)));

        var shown = (await View(graph, "2026-11-24T00:00:00", "2026-11-25T00:00:00")).Single();
        var endingAsTheWindowStarts = await View(graph, "2026-11-24T19:00:00Z", "2026-11-24T20:00:00Z");
        var startingAsTheWindowEnds = await View(graph, "2026-11-24T16:00:00Z", "2026-11-24T17:00:00Z");
        var itsLastMinute = await View(graph, "2026-11-24T18:59:00Z", "2026-11-24T19:00:00Z");
        var byOffset = await View(graph, "2026-11-24T10:30:00-08:00", "2026-11-24T10:45:00-08:00");

        Assert.Multiple(() =>
        {
            Assert.That((shown.Start!.DateTime, shown.Start.TimeZone), Is.EqualTo(("2026-11-24T17:00:00.0000000", "UTC")));
            Assert.That(shown.End!.DateTime, Is.EqualTo("2026-11-24T19:00:00.0000000"));
            Assert.That(endingAsTheWindowStarts, Is.Empty);
            Assert.That(startingAsTheWindowEnds, Is.Empty);
            Assert.That(itsLastMinute, Has.Count.EqualTo(1));
            Assert.That(byOffset, Has.Count.EqualTo(1), "an offset in the window is honoured");
        });
    }

    [Test]
    public async Task ThePreferredTimeZoneShowsTheEventOnThatClock()
    {
        var (graph, _) = EmulatedGraph.Connect(edit: Events(
            Event("call", "Intro call", "2026-11-24T17:00:00.0000000", "2026-11-24T17:30:00.0000000")));

        // The window stays in UTC whatever the Prefer header says; only the answer's clock changes.
        var pacific = (await View(graph, "2026-11-24T17:00:00", "2026-11-24T17:30:00", prefer: Pacific)).Single();
        var paris = (await View(graph, "2026-11-24T17:00:00", "2026-11-24T17:30:00", prefer: "Europe/Paris")).Single();
        var utc = (await View(graph, "2026-11-24T17:00:00", "2026-11-24T17:30:00")).Single();

        Assert.Multiple(() =>
        {
            Assert.That((pacific.Start!.DateTime, pacific.Start.TimeZone), Is.EqualTo(("2026-11-24T09:00:00.0000000", Pacific)));
            Assert.That((pacific.End!.DateTime, pacific.End.TimeZone), Is.EqualTo(("2026-11-24T09:30:00.0000000", Pacific)));
            Assert.That((paris.Start!.DateTime, paris.Start.TimeZone), Is.EqualTo(("2026-11-24T18:00:00.0000000", "Europe/Paris")));
            Assert.That((utc.Start!.DateTime, utc.Start.TimeZone), Is.EqualTo(("2026-11-24T17:00:00.0000000", "UTC")));
        });
    }

    [Test]
    public async Task AnAllDayEventFallsOnTheOwnersDatesAndShowsAtMidnight()
    {
        var (graph, _) = EmulatedGraph.Connect(edit: folder =>
        {
            PacificRep(folder);
            Events(Event("thanksgiving", "Thanksgiving", "2026-11-26T00:00:00.0000000", "2026-11-28T00:00:00.0000000", showAs: "oof")
                .With("isAllDay", true))(folder);
        });

        // Midnight Pacific on 26 November is 08:00 UTC.
        var dayBefore = await View(graph, "2026-11-25T08:00:00Z", "2026-11-26T08:00:00Z");
        var shown = (await View(graph, "2026-11-26T08:00:00Z", "2026-11-26T09:00:00Z", prefer: "Europe/Paris")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(dayBefore, Is.Empty);
            Assert.That((shown.Start!.DateTime, shown.Start.TimeZone), Is.EqualTo(("2026-11-26T00:00:00.0000000", "Europe/Paris")));
            Assert.That(shown.End!.DateTime, Is.EqualTo("2026-11-28T00:00:00.0000000"));
        });
    }

    [Test]
    public async Task AWeeklySeriesIsExpandedAndACapturedCancellationKeepsItsSlot()
    {
        // Mondays 08:30 Pacific, four times; daylight saving ends on 1 November, so UTC moves from 15:30 to 16:30.
        var master = Recurring(
            Event("pipeline", "West pipeline review", "2026-10-19T08:30:00.0000000", "2026-10-19T09:15:00.0000000", Pacific)
                .With("iCalUId", "040000008200E00074C5B7101A82E00800000000ABCDEF0123456789000000000000000010000000E171213620F360671819F618E3A51EE3"),
            new JsonObject { ["type"] = "weekly", ["interval"] = 1, ["daysOfWeek"] = new JsonArray("monday"), ["firstDayOfWeek"] = "sunday" },
            new JsonObject { ["type"] = "numbered", ["startDate"] = "2026-10-19", ["numberOfOccurrences"] = 4 });
        var cancelled = Event("pipeline-nov2", "Canceled: West pipeline review", "2026-11-02T16:30:00.0000000", "2026-11-02T17:15:00.0000000", showAs: "free")
            .With("type", "occurrence").With("seriesMasterId", "pipeline").With("isCancelled", true);
        var (graph, _) = EmulatedGraph.Connect(edit: Events(master, cancelled));

        var events = await View(graph, "2026-10-01T00:00:00Z", "2026-12-31T00:00:00Z");

        static string Generated(int month, int day, int hour) => $"pipeline_{new DateTimeOffset(2026, month, day, hour, 30, 0, TimeSpan.Zero).UtcTicks}";
        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => e.Id), Is.EqualTo(new[] { Generated(10, 19, 15), Generated(10, 26, 15), "pipeline-nov2", Generated(11, 9, 16) }));
            Assert.That(events.Select(e => e.Start!.DateTime), Is.EqualTo(new[]
            {
                "2026-10-19T15:30:00.0000000", "2026-10-26T15:30:00.0000000", "2026-11-02T16:30:00.0000000", "2026-11-09T16:30:00.0000000",
            }));
            Assert.That(events.Select(e => e.Type), Is.All.EqualTo(EventType.Occurrence), "calendarView never returns the master");
            Assert.That(events.Select(e => e.SeriesMasterId), Is.All.EqualTo("pipeline"));
            Assert.That(events.Select(e => e.IsCancelled), Is.EqualTo(new bool?[] { false, false, true, false }));
            Assert.That(events.Select(e => e.ICalUId).Distinct().Count(), Is.EqualTo(4), "each occurrence has its own iCalUId");
            Assert.That(events[0].OriginalStart, Is.EqualTo(new DateTimeOffset(2026, 10, 19, 15, 30, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task ADailySeriesStopsAtItsEndDate()
    {
        var master = Recurring(
            Event("standup", "Stand-up", "2026-11-20T12:00:00.0000000", "2026-11-20T12:30:00.0000000"),
            new JsonObject { ["type"] = "daily", ["interval"] = 2 },
            new JsonObject { ["type"] = "endDate", ["startDate"] = "2026-11-20", ["endDate"] = "2026-11-26" });
        var (graph, _) = EmulatedGraph.Connect(edit: Events(master));

        var events = await View(graph, "2026-11-21T00:00:00Z", "2026-12-31T00:00:00Z");

        Assert.That(events.Select(e => e.Start!.DateTime![..10]), Is.EqualTo(new[] { "2026-11-22", "2026-11-24", "2026-11-26" }));
    }

    [TestCase(null, "2026-11-25T00:00:00")]
    [TestCase("2026-11-24T00:00:00", null)]
    public void AWindowWithoutBothEndsIsRefusedAsGraphDoes(string? start, string? end)
    {
        var (graph, _) = EmulatedGraph.Connect();

        var error = Assert.ThrowsAsync<ODataError>(() => View(graph, start, end));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(error.Error!.Code, Is.EqualTo("ErrorInvalidParameter"));
            Assert.That(error.Error.Message, Does.Contain("StartDateTime and EndDateTime"));
        });
    }

    [Test]
    public async Task SelectOrderByAndPagingFollowGraph()
    {
        var hourly = Enumerable.Range(0, 12).Select(h => Event($"e{h}", $"Meeting {h}", $"2026-11-24T{h:D2}:00:00", $"2026-11-24T{h:D2}:30:00")).ToArray();
        var (graph, emulator) = EmulatedGraph.Connect(edit: Events(hourly));
        var first = await graph.Client.Users[graph.UserId].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2026-11-24T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2026-11-25T00:00:00Z";
            rc.QueryParameters.Select = ["subject", "start"];
            rc.QueryParameters.Orderby = ["start/dateTime desc"];
            rc.QueryParameters.Top = 5;
        });
        var all = new List<Event>();
        await Microsoft.Graph.PageIterator<Event, EventCollectionResponse>.CreatePageIterator(graph.Client, first!, e =>
        {
            all.Add(e);
            return true;
        }).IterateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first!.OdataNextLink, Does.Contain("skip=5"));
            Assert.That(all.Select(e => e.Subject), Is.EqualTo(Enumerable.Range(0, 12).Reverse().Select(h => $"Meeting {h}")));
            Assert.That(all.Select(e => e.End), Is.All.Null, "only what $select names comes back");
            Assert.That(emulator.Requests, Has.Count.EqualTo(3));
        });
    }

    [TestCase("$select", "colour")]
    [TestCase("$select", "createdDateTime")]
    [TestCase("$filter", "subject eq 'x'")]
    [TestCase("$orderby", "importance")]
    public void WhatCalendarViewCannotDoIsRefused(string option, string value)
    {
        var (graph, _) = EmulatedGraph.Connect();
        var url = $"{graph.Client.RequestAdapter.BaseUrl}/users/{graph.UserId}/calendarView?startDateTime=2026-11-24T00:00:00Z&endDateTime=2026-11-25T00:00:00Z&{option}={Uri.EscapeDataString(value)}";

        var error = Assert.ThrowsAsync<ODataError>(() =>
            new Microsoft.Graph.Users.Item.CalendarView.CalendarViewRequestBuilder(url, graph.Client.RequestAdapter).GetAsync());

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
    }
}
