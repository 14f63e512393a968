using System.Net;
using System.Text.Json.Nodes;
using OutlookReferral.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Emulator;

/// <summary>The emulator's calendarView delta, over raw HTTP: what it refuses, how it pages, and each kind of change.</summary>
public class CalendarDeltaTests
{
    private static readonly DateTimeOffset Now = EmulatedGraph.Now;
    private const string Range = "startDateTime=2026-11-01T00:00:00Z&endDateTime=2026-12-01T00:00:00Z";

    private static (HttpClient Http, GraphEmulator Emulator) Connect(int events = 5)
    {
        var builder = new MailboxFolderBuilder().Filler(2, Now.AddDays(-5), Now.AddDays(-1));
        for (var i = 0; i < events; i++)
        {
            builder.Event($"ev-{i}", Now.AddDays(-i).AddHours(-3), 30, $"Call {i}", ["kim@fabrikam.com"]);
        }
        var (_, emulator) = EmulatedGraph.Connect(builder);
        return (new HttpClient(emulator) { BaseAddress = new Uri("https://graph.demo-mailbox.invalid/") }, emulator);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> Get(HttpClient http, string url, int? maxPageSize = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (maxPageSize is { } size)
        {
            request.Headers.TryAddWithoutValidation("Prefer", $"odata.maxpagesize={size}");
        }
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>Follows a round to its deltaLink; returns every entry served and the deltaLink.</summary>
    private static async Task<(List<JsonObject> Entries, string DeltaLink, int Pages)> Round(HttpClient http, string url, int? maxPageSize = null)
    {
        var entries = new List<JsonObject>();
        for (var pages = 1; ; pages++)
        {
            var (status, body) = await Get(http, url, maxPageSize);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
            entries.AddRange(body["value"]!.AsArray().Select(e => e!.AsObject()));
            if ((string?)body["@odata.nextLink"] is { } next)
            {
                url = next;
                continue;
            }
            return (entries, (string)body["@odata.deltaLink"]!, pages);
        }
    }

    [TestCase("$select=subject")]
    [TestCase("$filter=isCancelled eq false")]
    [TestCase("$orderby=start/dateTime")]
    [TestCase("$expand=attachments")]
    [TestCase("$top=5")]
    public async Task DeltaRefusesTheQueryOptionsGraphRefuses(string option)
    {
        var (http, _) = Connect();

        var (status, body) = await Get(http, $"v1.0/me/calendarView/delta?{Range}&{option}");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)body["error"]!["code"], Is.EqualTo("ErrorInvalidUrlQuery"));
        });
    }

    [Test]
    public async Task DeltaWithoutARangeIsRefused()
    {
        var (http, _) = Connect();

        var (status, _) = await Get(http, "v1.0/me/calendarView/delta");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task AnInitialRoundPagesByMaxPageSizeAndEndsWithADeltaLink()
    {
        var (http, _) = Connect(events: 5);

        var (entries, deltaLink, pages) = await Round(http, $"v1.0/users/{MailboxFolderBuilder.RepAddress}/calendarView/microsoft.graph.delta()?{Range}", maxPageSize: 2);

        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.EqualTo(3));
            Assert.That(entries.Select(e => (string?)e["id"]), Is.EquivalentTo(Enumerable.Range(0, 5).Select(i => $"ev-{i}")));
            Assert.That(entries.All(e => (string?)e["@odata.type"] == "#microsoft.graph.event" && e["subject"] is not null), Is.True);
            Assert.That(deltaLink, Does.Contain("$deltatoken=").Or.Contain("%24deltatoken="));
        });
    }

    [Test]
    public async Task NothingChangedIsOneEmptyPage()
    {
        var (http, _) = Connect();
        var (_, deltaLink, _) = await Round(http, $"v1.0/me/calendarView/delta?{Range}");

        var (entries, next, pages) = await Round(http, deltaLink);

        Assert.Multiple(() =>
        {
            Assert.That(entries, Is.Empty);
            Assert.That(pages, Is.EqualTo(1));
            Assert.That(next, Is.Not.EqualTo(deltaLink));
        });
    }

    [Test]
    public async Task MovedCancelledAddedAndDeletedEventsComeBackAndDeletedOnesUnderRemoved()
    {
        var (http, emulator) = Connect();
        var (_, deltaLink, _) = await Round(http, $"v1.0/me/calendarView/delta?{Range}");
        var calendar = emulator.Mailbox.Calendar;

        calendar.Move("ev-1", Now.AddDays(2), Now.AddDays(2).AddMinutes(30));
        calendar.Cancel("ev-2");
        calendar.Delete("ev-3");
        calendar.Add(CalendarFiles.Event("ev-new", "New call", "2026-11-25T10:00:00", "2026-11-25T10:30:00"));
        var (entries, _, _) = await Round(http, deltaLink);

        var byId = entries.ToDictionary(e => (string)e["id"]!);
        Assert.Multiple(() =>
        {
            Assert.That(byId.Keys, Is.EquivalentTo(new[] { "ev-1", "ev-2", "ev-3", "ev-new" }));
            Assert.That((string?)byId["ev-1"]["start"]!["dateTime"], Does.StartWith("2026-11-25T15:00:00"));
            Assert.That((bool?)byId["ev-2"]["isCancelled"], Is.True);
            Assert.That((string?)byId["ev-3"]["@removed"]!["reason"], Is.EqualTo("deleted"));
            Assert.That(byId["ev-3"]["subject"], Is.Null);
        });
    }

    [Test]
    public async Task AnEventMovedOutOfTheRangeComesUnderRemoved()
    {
        var (http, emulator) = Connect();
        var (_, deltaLink, _) = await Round(http, $"v1.0/me/calendarView/delta?{Range}");

        emulator.Mailbox.Calendar.Move("ev-0", Now.AddDays(60), Now.AddDays(60).AddMinutes(30));
        emulator.Mailbox.Calendar.Add(CalendarFiles.Event("ev-far", "Far off", "2027-03-01T10:00:00", "2027-03-01T10:30:00"));
        var (entries, _, _) = await Round(http, deltaLink);

        // Graph reports changes outside the range as @removed too (event-delta.md, "Response"): the client filters them.
        Assert.That(entries.Select(e => ((string?)e["id"], (string?)e["@removed"]?["reason"])),
            Is.EquivalentTo(new[] { ("ev-0", "deleted"), ("ev-far", "deleted") }));
    }

    [Test]
    public async Task AnEvictedDeltaTokenAnswers410SyncStateNotFound()
    {
        var (http, emulator) = Connect();
        var (_, deltaLink, _) = await Round(http, $"v1.0/me/calendarView/delta?{Range}");

        emulator.ExpireCalendarDeltaTokens();
        var (status, body) = await Get(http, deltaLink);

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That((string?)body["error"]!["code"], Is.EqualTo("SyncStateNotFound"));
        });
    }

    [Test]
    public async Task TheTokenCacheIsBoundedTheOldestLinkAnswers410AndTheNewestStillWorks()
    {
        var (http, _) = Connect();
        var (_, oldest, _) = await Round(http, $"v1.0/me/calendarView/delta?{Range}");
        var newest = oldest;
        // Each round from the newest link gives out one more token; past the cache's capacity the first one is gone.
        for (var i = 0; i < GraphEmulator.CalendarDeltaTokenCapacity; i++)
        {
            (_, newest, _) = await Round(http, newest);
        }
        var (status, body) = await Get(http, oldest);
        var (changes, _, _) = await Round(http, newest);

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Gone), "a link older than the cache holds is forgotten");
            Assert.That((string?)body["error"]!["code"], Is.EqualTo("SyncStateNotFound"));
            Assert.That(changes, Is.Empty, "the newest link still answers: nothing changed");
        });
    }

    [Test]
    public async Task ASeriesIsNotSplitAcrossPages()
    {
        var (_, emulator) = EmulatedGraph.Connect(new MailboxFolderBuilder().Filler(2, Now.AddDays(-5), Now.AddDays(-1)),
            edit: CalendarFiles.Events(
                CalendarFiles.Event("single", "One-off", "2026-11-02T09:00:00", "2026-11-02T09:30:00"),
                CalendarFiles.Recurring(CalendarFiles.Event("daily", "Stand-up", "2026-11-03T08:00:00", "2026-11-03T08:15:00"),
                    new JsonObject { ["type"] = "daily", ["interval"] = 1 },
                    new JsonObject { ["type"] = "numbered", ["startDate"] = "2026-11-03", ["numberOfOccurrences"] = 6 })));
        var http = new HttpClient(emulator) { BaseAddress = new Uri("https://graph.demo-mailbox.invalid/") };

        var (_, first) = await Get(http, $"v1.0/me/calendarView/delta?{Range}", maxPageSize: 2);

        // Graph fills a page past maxpagesize rather than split an expanded series (msgraph-sdk-dotnet #3070).
        Assert.That(first["value"]!.AsArray().Select(e => (string?)e!["id"]).Count(id => id!.StartsWith("daily_", StringComparison.Ordinal)), Is.EqualTo(6));
    }
}
