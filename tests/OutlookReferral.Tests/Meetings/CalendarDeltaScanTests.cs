using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Meetings;

/// <summary>
/// Scans read the calendar through its delta link (issue 13): a rescan with nothing changed costs one calendar
/// request, and moves, cancellations, deletions, an evicted link and a moving window all come out as a full read would.
/// </summary>
public class CalendarDeltaScanTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Rep = MailboxFolderBuilder.RepAddress;
    private const string Kim = "kim@fabrikam.com";

    // Kim missed a Teams call two days ago (the report shows only the rep); a call with Lee, not tracked, was held.
    private static MailboxFolderBuilder Mailbox() =>
        new MailboxFolderBuilder()
            .Referral("Kim Lee", Kim, "George Smith", "george@adatum.com", Now.AddDays(-20))
            .Sent(Now.AddDays(-10), "George Smith suggested we connect", Kim)
            .Event("ev-kim", Now.AddDays(-2), 30, "Intro call", [Kim], joinUrl: "https://teams.example/meet/kim")
            .Attendance("https://teams.example/meet/kim", Now.AddDays(-2), 30, [Rep])
            .Event("ev-lee", Now.AddDays(-3), 30, "Call with Lee", ["lee@tailspintoys.com"], joinUrl: "https://teams.example/meet/lee")
            .Attendance("https://teams.example/meet/lee", Now.AddDays(-3), 30, [Rep, "lee@tailspintoys.com"])
            .Filler(30, Now.AddDays(-40), Now.AddDays(-1));

    private static async Task<(ApiFactory Factory, HttpClient Client)> Start(string? folder = null, DateTimeOffset? now = null)
    {
        var factory = new ApiFactory(folder ?? Mailbox().Write(Now), now);
        var client = factory.CreateClient();
        await Scan(client);
        return (factory, client);
    }

    private static async Task Scan(HttpClient client)
    {
        var scan = await client.PostAsync("/api/scan", null);
        Assert.That(scan.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scan.Content.ReadAsStringAsync());
    }

    /// <summary>The Graph requests a rescan makes, as the emulator logged them.</summary>
    private static async Task<List<string>> Rescan(ApiFactory factory, HttpClient client)
    {
        var before = factory.Emulator.Requests.Count;
        await Scan(client);
        return factory.Emulator.Requests.Skip(before).ToList();
    }

    private static List<string> Calendar(IEnumerable<string> requests) =>
        requests.Where(r => r.Contains("/calendarView", StringComparison.OrdinalIgnoreCase)).ToList();

    private static async Task<Dictionary<string, string>> States(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>("/api/referrals"))!["referrals"]!.AsArray()
            .ToDictionary(r => (string)r!["prospect"]!["address"]!, r => $"{r!["state"]} {r["nextStep"]}");

    [Test]
    public async Task ARescanWithNothingChangedCostsOneCalendarRequestAndNoAttendanceRead()
    {
        var (factory, client) = await Start();
        await using var _ = factory;
        var first = Calendar(factory.Emulator.Requests);

        var rescan = await Rescan(factory, client);

        TestContext.Out.WriteLine($"calendar requests: first scan {first.Count}, nothing-changed rescan {Calendar(rescan).Count}");
        Assert.Multiple(() =>
        {
            Assert.That(first, Has.Count.EqualTo(1), "the first scan reads the demo-sized calendar in one page");
            Assert.That(Calendar(rescan), Has.Count.EqualTo(1));
            Assert.That(Calendar(rescan)[0], Does.Contain("deltatoken"));
            Assert.That(rescan.Where(r => r.Contains("onlineMeetings", StringComparison.OrdinalIgnoreCase)), Is.Empty, "a settled attendance is never read again");
        });
    }

    [Test]
    public async Task ACancelledMeetingIsNoLongerANoShow()
    {
        var (factory, client) = await Start();
        await using var _ = factory;
        Assert.That((await States(client))[Kim], Does.StartWith("no-show"));

        factory.Emulator.Mailbox.Calendar.Cancel("ev-kim");
        await Scan(client);

        var meeting = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.Single(m => (string?)m!["eventId"] == "ev-kim")!;
        Assert.Multiple(async () =>
        {
            Assert.That((await States(client))[Kim], Does.Not.StartWith("no-show"));
            Assert.That((string?)meeting["outcome"], Is.EqualTo("cancelled"));
        });
    }

    [Test]
    public async Task AMeetingMovedAheadIsUpcoming()
    {
        var (factory, client) = await Start();
        await using var _ = factory;

        factory.Emulator.Mailbox.Calendar.Move("ev-kim", Now.AddDays(2), Now.AddDays(2).AddMinutes(30));
        await Scan(client);

        var meeting = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.Single(m => (string?)m!["eventId"] == "ev-kim")!;
        Assert.Multiple(async () =>
        {
            Assert.That((await States(client))[Kim], Does.Not.StartWith("no-show"));
            Assert.That((string?)meeting["outcome"], Is.EqualTo("upcoming"));
            Assert.That((DateTimeOffset?)meeting["start"], Is.EqualTo(Now.AddDays(2)));
        });
    }

    [Test]
    public async Task ADeletedMeetingNoLongerCounts()
    {
        var (factory, client) = await Start();
        await using var _ = factory;

        factory.Emulator.Mailbox.Calendar.Delete("ev-kim");
        await Scan(client);

        Assert.That((await States(client))[Kim], Does.Not.StartWith("no-show"));
    }

    [Test]
    public async Task AnEvictedDeltaLinkResyncsToTheSameVerdicts()
    {
        var (factory, client) = await Start();
        await using var _ = factory;
        var before = await States(client);

        factory.Emulator.ExpireCalendarDeltaTokens();
        var rescan = Calendar(await Rescan(factory, client));

        Assert.Multiple(async () =>
        {
            Assert.That(rescan, Has.Count.EqualTo(2), "the refused link, then a fresh initial round");
            Assert.That(rescan[1], Does.Contain("startDateTime"));
            Assert.That(await States(client), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task WhenTheWindowMovesTheRangeIsRenewedAndVerdictsMatchAFreshScan()
    {
        var (factory, client) = await Start();
        await using var _ = factory;
        Assert.That(Calendar(await Rescan(factory, client))[0], Does.Contain("deltatoken"));

        factory.Advance(TimeSpan.FromDays(16));
        var rescan = Calendar(await Rescan(factory, client));
        var (fresh, freshClient) = await Start(now: Now.AddDays(16));
        await using var __ = fresh;

        Assert.Multiple(async () =>
        {
            Assert.That(rescan, Has.Count.EqualTo(1));
            Assert.That(rescan[0], Does.Contain("startDateTime"), "a new range is a fresh initial round");
            Assert.That(await States(client), Is.EqualTo(await States(freshClient)));
        });
    }

    [Test]
    public async Task ANewlyTrackedProspectsMeetingComesFromTheStoredCalendar()
    {
        var (factory, client) = await Start();
        await using var _ = factory;

        var tracked = await client.PostAsJsonAsync("/api/referrals", new
        {
            prospect = new { name = "Lee Tan", address = "lee@tailspintoys.com" },
            source = new { name = "George Smith", address = "george@adatum.com" },
            introducedAt = Now.AddDays(-10),
        });
        Assert.That(tracked.StatusCode, Is.EqualTo(HttpStatusCode.Created), await tracked.Content.ReadAsStringAsync());
        var rescan = Calendar(await Rescan(factory, client));

        Assert.Multiple(async () =>
        {
            Assert.That(rescan, Has.Count.EqualTo(1));
            Assert.That(rescan[0], Does.Contain("deltatoken"));
            Assert.That((await States(client))["lee@tailspintoys.com"], Does.StartWith("replied"), "the held call counts");
        });
    }
}
