using Microsoft.Graph.Models.ODataErrors;
using OutlookReferral.Graph;
using static OutlookReferral.Tests.Emulator.CalendarFiles;

namespace OutlookReferral.Tests.Emulator;

/// <summary>The no-show path through the real SDK: event join URL, meeting, attendance reports, records.</summary>
public class OnlineMeetingTests
{
    // As Teams writes them: already percent-escaped inside. The quote is there to prove '' in the literal works.
    private const string JoinUrl =
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQx%40thread.v2/0?context=%7b%22Tid%22%3a%22814a%22%2c%22Oid%22%3a%222ad2%22%7d&o'clock=1";

    private static RepGraph Connect(TimeProvider? time = null, params System.Text.Json.Nodes.JsonObject[] reports) =>
        EmulatedGraph.Connect(time: time, edit: WithMeetings(
            Meeting("meeting-1", JoinUrl, reports),
            Meeting("meeting-2", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_other%40thread.v2/0"))).Graph;

    private static string Literal(string url) => $"JoinWebUrl eq '{url.Replace("'", "''", StringComparison.Ordinal)}'";

    [Test]
    public async Task TheJoinUrlFindsItsMeetingWithoutItsReports()
    {
        var graph = Connect(reports: Report("report-1", "sam@contoso.com"));
        var meetings = graph.Client.Users[graph.UserId].OnlineMeetings;

        var hit = await meetings.GetAsync(rc => rc.QueryParameters.Filter = Literal(JoinUrl));
        var miss = await meetings.GetAsync(rc => rc.QueryParameters.Filter = Literal(JoinUrl.Replace("ZmQx", "bm9u", StringComparison.Ordinal)));

        Assert.Multiple(() =>
        {
            Assert.That(hit!.Value!.Select(m => m.Id), Is.EqualTo(new[] { "meeting-1" }));
            Assert.That(hit.Value![0].JoinWebUrl, Is.EqualTo(JoinUrl));
            Assert.That(hit.Value[0].AttendanceReports, Is.Null, "reports are a relationship, not inlined");
            Assert.That(miss!.Value, Is.Empty);
        });
    }

    [TestCase("Subject eq 'Intro call'")]
    [TestCase("JoinWebUrl ne 'x'")]
    [TestCase(null)]
    public void AnyOtherLookupIsRefused(string? filter)
    {
        var graph = Connect();

        var error = Assert.ThrowsAsync<ODataError>(() =>
            graph.Client.Users[graph.UserId].OnlineMeetings.GetAsync(rc => rc.QueryParameters.Filter = filter));

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task ReportsListWithoutRecordsAndRecordsComeByExpandOrTheirOwnRoute()
    {
        var graph = Connect(reports: Report("report-1", "sam@contoso.com", "kevin@contoso.com"));
        var meeting = graph.Client.Users[graph.UserId].OnlineMeetings["meeting-1"];

        var reports = await meeting.AttendanceReports.GetAsync();
        var plain = await meeting.AttendanceReports["report-1"].GetAsync();
        var expanded = await meeting.AttendanceReports["report-1"].GetAsync(rc => rc.QueryParameters.Expand = ["attendanceRecords"]);
        var records = await meeting.AttendanceReports["report-1"].AttendanceRecords.GetAsync();

        Assert.Multiple(() =>
        {
            var report = reports!.Value!.Single();
            Assert.That(report.Id, Is.EqualTo("report-1"));
            Assert.That(report.TotalParticipantCount, Is.EqualTo(2));
            Assert.That(report.MeetingStartDateTime, Is.EqualTo(new DateTimeOffset(2026, 11, 19, 17, 58, 0, TimeSpan.Zero)));
            Assert.That(report.AttendanceRecords, Is.Empty, "listed, a report has an empty attendanceRecords");
            Assert.That(plain!.AttendanceRecords, Is.Null, "fetched without $expand, no records at all");
            Assert.That(expanded!.AttendanceRecords!.Select(r => r.EmailAddress), Is.EqualTo(new[] { "sam@contoso.com", "kevin@contoso.com" }));
            Assert.That(expanded.AttendanceRecords![0].AttendanceIntervals![0].DurationInSeconds, Is.EqualTo(1320));
            Assert.That(records!.Value!.Select(r => r.TotalAttendanceInSeconds), Is.EqualTo(new int?[] { 1320, 1320 }));
        });
    }

    [Test]
    public void UnknownMeetingsAndReportsAreNotFound()
    {
        var graph = Connect(reports: Report("report-1", "sam@contoso.com"));
        var meetings = graph.Client.Users[graph.UserId].OnlineMeetings;

        var meeting = Assert.ThrowsAsync<ODataError>(() => meetings["no-such-meeting"].AttendanceReports.GetAsync());
        var report = Assert.ThrowsAsync<ODataError>(() => meetings["meeting-1"].AttendanceReports["no-such-report"].AttendanceRecords.GetAsync());

        Assert.Multiple(() =>
        {
            Assert.That(meeting!.ResponseStatusCode, Is.EqualTo(404));
            Assert.That(report!.ResponseStatusCode, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task AReportAppearsOnlyOnceTheClockReachesAvailableAfter()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 19, 18, 45, 0, TimeSpan.Zero));
        var graph = Connect(clock, Report("report-1", "sam@contoso.com").With("availableAfter", "2026-11-19T19:30:00Z"));
        var meeting = graph.Client.Users[graph.UserId].OnlineMeetings["meeting-1"];

        var firstScan = await meeting.AttendanceReports.GetAsync();
        var direct = Assert.ThrowsAsync<ODataError>(() => meeting.AttendanceReports["report-1"].GetAsync());
        clock.Now = new DateTimeOffset(2026, 11, 19, 19, 30, 0, TimeSpan.Zero);
        var laterScan = await meeting.AttendanceReports.GetAsync();
        var records = await meeting.AttendanceReports["report-1"].AttendanceRecords.GetAsync();

        Assert.Multiple(() =>
        {
            Assert.That(firstScan!.Value, Is.Empty);
            Assert.That(direct!.ResponseStatusCode, Is.EqualTo(404));
            Assert.That(laterScan!.Value!.Select(r => r.Id), Is.EqualTo(new[] { "report-1" }));
            Assert.That(laterScan.Value![0].AdditionalData, Does.Not.ContainKey("availableAfter"), "a demo-only field never reaches the client");
            Assert.That(records!.Value, Has.Count.EqualTo(1));
        });
    }
}
