using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Tests.Platform;
using static OutlookReferral.Tests.Meetings.AttendanceShapes;

namespace OutlookReferral.Tests.Meetings;

/// <summary>
/// Recurring series and moved meetings share one join URL and get one report per session: each calendar
/// occurrence is judged on its own session, read by the real Graph SDK from the emulator.
/// </summary>
public class PerSessionAttendanceTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Kim = "kim@fabrikam.com";
    private const string Url = "https://teams.example/meet/weekly";

    private static MailboxFolderBuilder Story() => new MailboxFolderBuilder()
        .Referral("Kim Lee", Kim, "George Smith", "george@adatum.com", Now.AddDays(-30))
        .Sent(Now.AddDays(-20), "George Smith suggested we connect", Kim);

    private static MailboxFolderBuilder Weekly(MailboxFolderBuilder b, params DateTimeOffset[] starts)
    {
        for (var i = 0; i < starts.Length; i++)
        {
            b.Event($"ev-weekly-occ-{i + 1}", starts[i], 30, "Weekly check-in", [Kim], joinUrl: Url, type: "occurrence", seriesMasterId: "ev-weekly");
        }
        return b;
    }

    private static async Task<Dictionary<string, JsonObject>> MeetingsAfterScan(MailboxFolderBuilder builder)
    {
        await using var factory = new ApiFactory(builder.Write(Now));
        var client = factory.CreateClient();
        var scan = await client.PostAsync("/api/scan", null);
        Assert.That(scan.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scan.Content.ReadAsStringAsync());
        var meetings = await client.GetFromJsonAsync<JsonArray>("/api/meetings");
        return meetings!.Select(m => m!.AsObject()).ToDictionary(m => (string)m["eventId"]!);
    }

    [Test]
    public async Task AProspectWhoCameLastWeekButNotThisWeekMissedThisWeek()
    {
        var (last, this_) = (Now.AddDays(-8), Now.AddDays(-1));
        var b = Weekly(Story(), last, this_)
            .Session(Url, last.AddMinutes(-1), 32, Organiser(), Record(Kim, "Kim Lee"))
            .Session(Url, this_.AddMinutes(2), 20, Organiser());

        var meetings = await MeetingsAfterScan(b);

        Assert.Multiple(() =>
        {
            Assert.That((string?)meetings["ev-weekly-occ-1"]["outcome"], Is.EqualTo("attended"));
            Assert.That((string?)meetings["ev-weekly-occ-2"]["outcome"], Is.EqualTo("no-show"));
        });
    }

    [Test]
    public async Task LastWeeksReportSaysNothingAboutThisWeeksSessionNotYetPublished()
    {
        var (last, this_) = (Now.AddDays(-7), Now.AddHours(-2));
        var b = Weekly(Story(), last, this_)
            .Session(Url, last, 30, Organiser(), Record(Kim, "Kim Lee"));

        var meetings = await MeetingsAfterScan(b);

        Assert.Multiple(() =>
        {
            Assert.That((string?)meetings["ev-weekly-occ-1"]["outcome"], Is.EqualTo("attended"));
            Assert.That((string?)meetings["ev-weekly-occ-2"]["outcome"], Is.EqualTo("awaiting-report"));
        });
    }

    [Test]
    public async Task AMovedMeetingIsJudgedOnTheSessionAtItsNewTime()
    {
        // Kim opened the link at the first time, found nobody, and missed the new time.
        var (first, moved) = (Now.AddDays(-4), Now.AddDays(-2));
        var b = Story()
            .Event("ev-moved", moved, 30, "Intro call", [Kim], joinUrl: "https://teams.example/meet/moved")
            .Session("https://teams.example/meet/moved", first, 5, Record(Kim, "Kim Lee"))
            .Session("https://teams.example/meet/moved", moved, 30, Organiser());

        var meetings = await MeetingsAfterScan(b);

        Assert.That((string?)meetings["ev-moved"]["outcome"], Is.EqualTo("no-show"));
    }

    [Test]
    public async Task AMovedMeetingTheProspectJoinedAtTheNewTimeWasAttended()
    {
        var (first, moved) = (Now.AddDays(-4), Now.AddDays(-2));
        var b = Story()
            .Event("ev-moved", moved, 30, "Intro call", [Kim], joinUrl: "https://teams.example/meet/moved")
            .Session("https://teams.example/meet/moved", first, 5, Organiser())
            .Session("https://teams.example/meet/moved", moved.AddMinutes(-10), 55, Organiser(), Record(Kim, "Kim Lee", seconds: 60));

        var meetings = await MeetingsAfterScan(b);

        Assert.That((string?)meetings["ev-moved"]["outcome"], Is.EqualTo("attended"));
    }

    [TestCase(null, "Kim Lee (Guest)")]
    [TestCase("", "Kim Lee (Unverified)")]
    [TestCase(null, "Kím Léé (External)")]
    public async Task AGuestRecordWithoutAddressOrTenantCountsForTheOnlyTrackedPersonOfThatName(string? address, string name)
    {
        var start = Now.AddDays(-2);
        var b = Story()
            .Event("ev-guest", start, 30, "Intro call", [Kim], joinUrl: "https://teams.example/meet/guest")
            .Session("https://teams.example/meet/guest", start, 30, Organiser(), Record(address, name, tenantId: null));

        var meetings = await MeetingsAfterScan(b);

        Assert.That((string?)meetings["ev-guest"]["outcome"], Is.EqualTo("attended"));
    }

    [Test]
    public async Task AColleagueWhoJoinedInsteadLeavesTheMeetingUnconfirmedWithTheEvidenceInPlainWords()
    {
        var start = Now.AddDays(-2);
        var b = Story()
            .Event("ev-colleague", start, 30, "Intro call", [Kim], joinUrl: "https://teams.example/meet/colleague")
            .Session("https://teams.example/meet/colleague", start, 30, Organiser(), Record("pat.doe@fabrikam.com", "Pat Doe"));

        var meeting = (await MeetingsAfterScan(b))["ev-colleague"];

        Assert.Multiple(() =>
        {
            Assert.That((string?)meeting["outcome"], Is.EqualTo("unconfirmed"));
            Assert.That((string?)meeting["note"], Is.EqualTo("Pat Doe (pat.doe@fabrikam.com), from Kim Lee's company, joined instead."));
        });
    }

    [Test]
    public async Task SomeoneUnderTheProspectsNameFromAnUnknownAddressIsNeverAnAutomaticNoShow()
    {
        var start = Now.AddDays(-2);
        var b = Story()
            .Event("ev-namesake", start, 30, "Intro call", [Kim], joinUrl: "https://teams.example/meet/namesake")
            .Session("https://teams.example/meet/namesake", start, 30, Organiser(), Record("kimlee77@outlook.com", "Kim Lee", tenantId: null));

        var meeting = (await MeetingsAfterScan(b))["ev-namesake"];

        Assert.Multiple(() =>
        {
            Assert.That((string?)meeting["outcome"], Is.EqualTo("unconfirmed"));
            Assert.That((string?)meeting["note"], Does.Contain("kimlee77@outlook.com"));
        });
    }

    [Test]
    public async Task ASeriesCostsOneLookupOneListAndOneReadPerSessionNotOnePerOccurrenceAndReport()
    {
        var starts = Enumerable.Range(1, 6).Select(w => Now.AddDays(-7 * w + 1)).Reverse().ToArray();
        var b = Weekly(Story(), starts);
        foreach (var start in starts)
        {
            b.Session(Url, start, 30, Organiser(), Record(Kim, "Kim Lee"));
        }
        await using var factory = new ApiFactory(b.Write(Now));
        var client = factory.CreateClient();

        (await client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();

        var attendance = factory.Emulator.Requests.Where(r => r.Contains("/onlineMeetings", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(attendance.Count(r => r.Contains("$filter", StringComparison.Ordinal) || r.Contains("%24filter", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(attendance, Has.Count.EqualTo(1 + 1 + starts.Length), string.Join("\n", attendance));
        });
    }
}
