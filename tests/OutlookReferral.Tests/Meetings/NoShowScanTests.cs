using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Identity;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Meetings;

/// <summary>No-shows found by a scan: the real Graph SDK reading calendarView and Teams attendance from the demo mailbox.</summary>
public class NoShowScanTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Rep = MailboxFolderBuilder.RepAddress;

    private static MailboxFolderBuilder Prospect(MailboxFolderBuilder b, string name, string address) =>
        b.Referral(name, address, "George Smith", "george@adatum.com", Now.AddDays(-20))
            .Sent(Now.AddDays(-10), "George Smith suggested we connect", address);

    private static async Task<(ApiFactory Factory, HttpClient Client)> Start(MailboxFolderBuilder builder)
    {
        var factory = new ApiFactory(builder.Write(Now));
        var client = factory.CreateClient();
        var scan = await client.PostAsync("/api/scan", null);
        Assert.That(scan.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scan.Content.ReadAsStringAsync());
        return (factory, client);
    }

    private static async Task<JsonNode> ReferralOf(HttpClient client, string prospect) =>
        (await client.GetFromJsonAsync<JsonObject>("/api/referrals"))!["referrals"]!.AsArray().Single(r => (string?)r!["prospect"]!["address"] == prospect)!;

    [Test]
    public async Task ATeamsMeetingTheProspectMissedMakesANoShowWithSorryDue()
    {
        var start = Now.AddDays(-2);
        var b = Prospect(new MailboxFolderBuilder(), "Kim Lee", "kim@fabrikam.com")
            .Event("ev-kim", start, 30, "Intro call", ["kim@fabrikam.com"], joinUrl: "https://teams.example/meet/kim")
            .Attendance("https://teams.example/meet/kim", start, 30, [Rep]);
        var (factory, client) = await Start(b);
        await using var _ = factory;

        var kim = await ReferralOf(client, "kim@fabrikam.com");
        var meetings = await client.GetFromJsonAsync<JsonArray>("/api/meetings");

        Assert.Multiple(() =>
        {
            Assert.That((string?)kim["state"], Is.EqualTo("no-show"));
            Assert.That((string?)kim["nextStep"], Is.EqualTo("sorry-i-missed-you"));
            Assert.That((string?)meetings![0]!["outcome"], Is.EqualTo("no-show"));
            Assert.That((string?)meetings[0]!["evidence"], Is.EqualTo("attendance-report"));
            Assert.That((DateTimeOffset?)meetings[0]!["start"], Is.EqualTo(start));
        });
    }

    [Test]
    public async Task ALateJoinerAttendedAndTheSourceIsDueAnUpdate()
    {
        var start = Now.AddDays(-2);
        var b = Prospect(new MailboxFolderBuilder(), "Kim Lee", "kim@fabrikam.com")
            .Event("ev-kim", start, 30, "Intro call", ["kim@fabrikam.com"], joinUrl: "https://teams.example/meet/kim")
            .Attendance("https://teams.example/meet/kim", start, 30, [Rep, "kim@fabrikam.com"]);
        var (factory, client) = await Start(b);
        await using var _ = factory;

        var kim = await ReferralOf(client, "kim@fabrikam.com");

        Assert.Multiple(() =>
        {
            Assert.That((string?)kim["state"], Is.EqualTo("replied"));
            Assert.That((string?)kim["nextStep"], Is.EqualTo("update-source"));
        });
    }

    [Test]
    public async Task AnEventStoredInPacificTimeIsReadAtTheRightMoment()
    {
        var start = Now.AddDays(-3);
        var b = Prospect(new MailboxFolderBuilder(), "Kim Lee", "kim@fabrikam.com")
            .Event("ev-pt", start, 45, "Intro call", ["kim@fabrikam.com"], joinUrl: "https://teams.example/meet/pt", timeZone: "Pacific Standard Time")
            .Attendance("https://teams.example/meet/pt", start, 45, [Rep]);
        var (factory, client) = await Start(b);
        await using var _ = factory;

        var meeting = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.Single()!;

        Assert.Multiple(() =>
        {
            Assert.That((DateTimeOffset?)meeting["start"], Is.EqualTo(start));
            Assert.That((DateTimeOffset?)meeting["end"], Is.EqualTo(start.AddMinutes(45)));
            Assert.That((string?)meeting["outcome"], Is.EqualTo("no-show"));
        });
    }

    [Test]
    public async Task AnOccurrenceOfARecurringMeetingCountsLikeAnyMeeting()
    {
        var start = Now.AddDays(-1);
        var b = Prospect(new MailboxFolderBuilder(), "Kim Lee", "kim@fabrikam.com")
            .Event("ev-series-occ-3", start, 30, "Weekly check-in", ["kim@fabrikam.com"], joinUrl: "https://teams.example/meet/weekly",
                type: "occurrence", seriesMasterId: "ev-series")
            .Attendance("https://teams.example/meet/weekly", start, 30, [Rep]);
        var (factory, client) = await Start(b);
        await using var _ = factory;

        Assert.That((string?)(await ReferralOf(client, "kim@fabrikam.com"))["state"], Is.EqualTo("no-show"));
    }

    [Test]
    public async Task AReportThatAppearsOnlyLaterIsPickedUpByALaterScan()
    {
        var start = Now.AddHours(-2);
        var b = Prospect(new MailboxFolderBuilder(), "Kim Lee", "kim@fabrikam.com")
            .Event("ev-kim", start, 30, "Intro call", ["kim@fabrikam.com"], joinUrl: "https://teams.example/meet/later")
            .Attendance("https://teams.example/meet/later", start, 30, [Rep], availableAfter: Now.AddHours(3));
        var (factory, client) = await Start(b);
        await using var _ = factory;

        var first = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.Single()!;
        var stateBefore = (string?)(await ReferralOf(client, "kim@fabrikam.com"))["state"];
        factory.Advance(TimeSpan.FromHours(4));
        await client.PostAsync("/api/scan", null);
        var second = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.Single()!;

        Assert.Multiple(async () =>
        {
            Assert.That((string?)first["outcome"], Is.EqualTo("awaiting-report"));
            Assert.That(stateBefore, Is.Not.EqualTo("no-show"));
            Assert.That((string?)second["outcome"], Is.EqualTo("no-show"));
            Assert.That((string?)(await ReferralOf(client, "kim@fabrikam.com"))["state"], Is.EqualTo("no-show"));
        });
    }

    [Test]
    public async Task CancelledAndDeclinedMeetingsAreNotNoShows()
    {
        var b = new MailboxFolderBuilder();
        Prospect(b, "Kim Lee", "kim@fabrikam.com")
            .Event("ev-cancelled", Now.AddDays(-2), 30, "Intro call", ["kim@fabrikam.com"], joinUrl: "https://teams.example/meet/c", cancelled: true)
            .Attendance("https://teams.example/meet/c", Now.AddDays(-2), 30, [Rep]);
        Prospect(b, "Ana Diaz", "ana@litware.com")
            .Event("ev-declined", Now.AddDays(-2), 30, "Intro call", ["ana@litware.com"], joinUrl: "https://teams.example/meet/d", response: "declined")
            .Attendance("https://teams.example/meet/d", Now.AddDays(-2), 30, [Rep]);
        var (factory, client) = await Start(b);
        await using var _ = factory;

        var meetings = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!;

        Assert.Multiple(async () =>
        {
            Assert.That(meetings.Select(m => (string?)m!["outcome"]), Is.EquivalentTo(new[] { "cancelled", "declined" }));
            Assert.That((string?)(await ReferralOf(client, "kim@fabrikam.com"))["state"], Is.EqualTo("quiet"));
            Assert.That((string?)(await ReferralOf(client, "ana@litware.com"))["state"], Is.EqualTo("quiet"));
        });
    }

    [Test]
    public async Task AMeetingWithoutAReportIsUnconfirmedUntilTheRepSettlesIt()
    {
        var b = Prospect(new MailboxFolderBuilder(), "Kim Lee", "kim@fabrikam.com")
            .Event("ev-phone", Now.AddDays(-2), 30, "Phone call", ["kim@fabrikam.com"]);
        var (factory, client) = await Start(b);
        await using var _ = factory;
        using var other = factory.CreateClient();
        TestSignIn.As(other, new RepId("tenant-b", "rep-b"), "b@contoso.com");

        var before = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.Single()!;
        var bad = await client.PostAsJsonAsync("/api/meetings/ev-phone/settle", new { outcome = "maybe" });
        var stranger = await other.PostAsJsonAsync("/api/meetings/ev-phone/settle", new { outcome = "met" });
        var settled = await client.PostAsJsonAsync("/api/meetings/ev-phone/settle", new { outcome = "no-show" });
        var after = (await client.GetFromJsonAsync<JsonArray>("/api/meetings"))!.Single()!;
        var kim = await ReferralOf(client, "kim@fabrikam.com");

        Assert.Multiple(() =>
        {
            Assert.That((string?)before["outcome"], Is.EqualTo("unconfirmed"));
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(stranger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(settled.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That((string?)after["outcome"], Is.EqualTo("no-show"));
            Assert.That((string?)after["evidence"], Is.EqualTo("rep"));
            Assert.That((string?)kim["state"], Is.EqualTo("no-show"));
        });
    }

    [Test]
    public async Task TheSorryNoteOffersThreeOpenTimesAndNamesTheMissedMeeting()
    {
        var start = Now.AddDays(-1);
        var b = Prospect(new MailboxFolderBuilder(), "Kim Lee", "kim@fabrikam.com")
            .Event("ev-kim", start, 30, "Intro call", ["kim@fabrikam.com"], joinUrl: "https://teams.example/meet/kim")
            .Attendance("https://teams.example/meet/kim", start, 30, [Rep])
            .Event("ev-busy", Now.AddDays(1), 8 * 60, "Offsite", ["colleague@contoso.com"]);
        var (factory, client) = await Start(b);
        await using var _ = factory;
        var id = (string)(await ReferralOf(client, "kim@fabrikam.com"))["id"]!;

        var response = await client.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { });
        var draft = await response.Content.ReadFromJsonAsync<JsonObject>();
        var body = (string)draft!["bodyHtml"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
            Assert.That((string?)draft["step"], Is.EqualTo("sorry-i-missed-you"));
            Assert.That(body, Does.Contain("Sunday, November 22 at 7:00 AM (Pacific Standard Time)"));
            Assert.That(System.Text.RegularExpressions.Regex.Matches(body, "<li>").Count, Is.EqualTo(3));
            Assert.That(body, Does.Contain("(Pacific Standard Time)</li>"));
            Assert.That((string?)draft["subject"], Does.Contain("George Smith"));
        });
    }
}
