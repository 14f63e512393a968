using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Cli;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Identity;

namespace OutlookReferral.Tests.Emulator;

/// <summary>
/// GraphFixtures/teams-sessions: Teams meetings written in the shapes Graph's API reference documents, with every
/// property its examples show (nulls and empty arrays too). Replayed through the emulator, each response keeps that
/// shape, and the product reads it: one session per occurrence, a guest with no address, a tenantId of null.
/// </summary>
public class DocumentedShapesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "GraphFixtures", "teams-sessions");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    // Property paths of the documented examples: onlinemeeting-get.md (example 3, by joinWebUrl, and 4).
    private static readonly string[] OnlineMeeting =
    [
        "id", "creationDateTime", "startDateTime", "endDateTime", "joinWebUrl", "subject", "autoAdmittedUsers", "isEntryExitAnnounced",
        "allowedPresenters", "allowMeetingChat", "allowTeamworkReactions", "videoTeleconferenceId",
        "participants.organizer.upn", "participants.organizer.role", "participants.organizer.identity.user.id",
        "participants.organizer.identity.user.displayName", "participants.organizer.identity.user.tenantId",
        "participants.organizer.identity.user.identityProvider", "participants.attendees", "participants.producers", "participants.contributors",
        "lobbyBypassSettings.scope", "lobbyBypassSettings.isDialInBypassEnabled",
        "joinMeetingIdSettings.isPasscodeRequired", "joinMeetingIdSettings.joinMeetingId", "joinMeetingIdSettings.passcode",
    ];

    // meetingattendancereport-list.md: listed reports, records empty.
    private static readonly string[] ListedReport = ["id", "totalParticipantCount", "meetingStartDateTime", "meetingEndDateTime", "attendanceRecords"];

    // meetingattendancereport-get.md example 1: a report with $expand=attendanceRecords.
    private static readonly string[] ExpandedRecord =
    [
        "emailAddress", "totalAttendanceInSeconds", "role", "identity.id", "identity.displayName", "identity.tenantId",
        "attendanceIntervals[].joinDateTime", "attendanceIntervals[].leaveDateTime", "attendanceIntervals[].durationInSeconds",
    ];

    private static (GraphEmulator Emulator, RepGraph Graph, HttpClient Raw) Connect()
    {
        var emulator = new GraphEmulator(MailboxFolder.Load(Folder), new ReplayTime(Now));
        var graph = new DemoGraphFactory(emulator).For(new RepId("tenant", emulator.Mailbox.UserId));
        return (emulator, graph, new HttpClient(emulator, disposeHandler: false) { BaseAddress = new Uri("https://graph.demo-mailbox.invalid") });
    }

    // What the SDK just asked, asked again as raw HTTP: the JSON as it crossed the wire, nulls and all.
    private static async Task<JsonObject> ReplayLastAsync(GraphEmulator emulator, HttpClient raw)
    {
        var last = emulator.Requests.Last();
        return JsonNode.Parse(await raw.GetStringAsync(last[(last.IndexOf(' ', StringComparison.Ordinal) + 1)..]))!.AsObject();
    }

    private static HashSet<string> Paths(JsonNode? node, string prefix = "")
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                    paths.Add(path);
                    paths.UnionWith(Paths(value, path));
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    paths.UnionWith(Paths(item, prefix + "[]"));
                }
                break;
        }
        return paths;
    }

    [Test]
    public async Task TheOnlineMeetingFoundByJoinUrlHasEveryDocumentedPropertyNullsAndEmptyArraysIncluded()
    {
        var (emulator, graph, raw) = Connect();
        var url = (string)emulator.Mailbox.OnlineMeetings[0].JoinWebUrl!;
        await graph.Client.Users[graph.UserId].OnlineMeetings.GetAsync(rc => rc.QueryParameters.Filter = $"JoinWebUrl eq '{url}'");

        var meeting = (await ReplayLastAsync(emulator, raw))["value"]!.AsArray().Single()!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(Paths(meeting), Is.SupersetOf(OnlineMeeting));
            Assert.That(meeting["subject"], Is.Null);
            Assert.That(meeting["joinMeetingIdSettings"]!["passcode"], Is.Null);
            Assert.That(meeting["participants"]!["attendees"]!.AsArray(), Is.Empty);
            Assert.That(meeting.ContainsKey("attendanceReports"), Is.False, "reports are a relationship, never inline");
        });
    }

    [Test]
    public async Task ReportsAreListedOnePerSessionWithAnEmptyAttendanceRecords()
    {
        var (emulator, graph, raw) = Connect();
        var meetingId = emulator.Mailbox.OnlineMeetings[0].Id;
        await graph.Client.Users[graph.UserId].OnlineMeetings[meetingId].AttendanceReports.GetAsync();

        var reports = (await ReplayLastAsync(emulator, raw))["value"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(reports, Has.Count.EqualTo(3), "one report per session of the series");
            foreach (var report in reports)
            {
                Assert.That(Paths(report), Is.EquivalentTo(ListedReport));
                Assert.That(report!["attendanceRecords"]!.AsArray(), Is.Empty);
            }
        });
    }

    [Test]
    public async Task AnExpandedReportKeepsTheRecordsShapeWithItsNullAddressAndNullTenant()
    {
        var (emulator, graph, raw) = Connect();
        var meeting = emulator.Mailbox.OnlineMeetings[0];
        await graph.Client.Users[graph.UserId].OnlineMeetings[meeting.Id].AttendanceReports[meeting.Reports[1].Id]
            .GetAsync(rc => rc.QueryParameters.Expand = ["attendanceRecords"]);

        var records = (await ReplayLastAsync(emulator, raw))["attendanceRecords"]!.AsArray();
        var guest = records.Single(r => r!["role"]!.GetValue<string>() == "Attendee")!.AsObject();

        Assert.Multiple(() =>
        {
            foreach (var record in records)
            {
                Assert.That(Paths(record), Is.SupersetOf(ExpandedRecord));
            }
            Assert.That(guest["emailAddress"], Is.Null);
            Assert.That(guest["identity"]!.AsObject().ContainsKey("tenantId") && guest["identity"]!["tenantId"] is null, Is.True);
            Assert.That(guest["identity"]!["displayName"]!.GetValue<string>(), Does.EndWith("(Guest)"));
        });
    }

    [Test]
    public async Task TheScanReadsTheDocumentedShapesOneSessionPerOccurrence()
    {
        var report = await ScanCommand.ScanAsync(MailboxFolder.Load(Folder), Now, 120, CancellationToken.None);

        var ines = report.Referrals.Single();
        var third = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "events.json"))).RootElement.GetProperty("value")[2].GetProperty("id").GetString();
        Assert.Multiple(() =>
        {
            // Signed in the first week, a guest with no address the second, absent the third.
            Assert.That(ines.NoShows.Select(n => n.EventId), Is.EqualTo(new[] { third }));
            Assert.That(ines.UnconfirmedMeetings, Is.Empty);
        });
    }
}
