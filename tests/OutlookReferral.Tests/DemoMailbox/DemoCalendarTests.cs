using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;

namespace OutlookReferral.Tests.DemoMailbox;

/// <summary>The built-in demo's calendar and Teams meetings, served through the real SDK, hold together.</summary>
public class DemoCalendarTests
{
    private static (RepGraph Graph, MailboxFolder Mailbox) ConnectToDemo()
    {
        var mailbox = MailboxFolder.Load(new DemoOptions().ResolveMailboxPath());
        return (RepGraph.Create(new GraphEmulator(mailbox), new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, mailbox.UserId), mailbox);
    }

    private static async Task<List<Event>> WholeCalendar(RepGraph graph)
    {
        var page = await graph.Client.Users[graph.UserId].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2026-01-01T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-12-31T00:00:00Z";
            rc.QueryParameters.Top = 1000;
        });
        return page!.Value!;
    }

    [Test]
    public async Task TheDemoCalendarLoadsAndServesEveryEvent()
    {
        var (graph, mailbox) = ConnectToDemo();

        var events = await WholeCalendar(graph);

        var planning = events.Single(e => e.Subject == "FY27 territory planning");
        Assert.Multiple(() =>
        {
            Assert.That(mailbox.Calendar.Events, Has.Count.EqualTo(62));
            Assert.That(mailbox.Calendar.OwnerZone.Name, Is.EqualTo("Pacific Standard Time"));
            Assert.That(events, Has.Count.EqualTo(62));
            Assert.That(mailbox.OnlineMeetings, Has.Count.EqualTo(15));
            Assert.That(planning.Start!.DateTime, Is.EqualTo("2026-11-24T17:00:00.0000000"), "stored as 09:00 Pacific");
        });
    }

    [Test]
    public async Task EveryTeamsEventTheRepOrganisedFindsItsMeetingAndNoOtherDoes()
    {
        var (graph, mailbox) = ConnectToDemo();
        var teamsEvents = (await WholeCalendar(graph))
            .Where(e => e.OnlineMeetingProvider == OnlineMeetingProviderType.TeamsForBusiness && e.OnlineMeeting?.JoinUrl is not null)
            .ToList();

        var found = new List<(Event Event, OnlineMeeting? Meeting)>();
        foreach (var joinUrl in teamsEvents.Select(e => e.OnlineMeeting!.JoinUrl!).Distinct())
        {
            var page = await graph.Client.Users[graph.UserId].OnlineMeetings.GetAsync(rc =>
                rc.QueryParameters.Filter = $"JoinWebUrl eq '{joinUrl.Replace("'", "''", StringComparison.Ordinal)}'");
            found.AddRange(teamsEvents.Where(e => e.OnlineMeeting!.JoinUrl == joinUrl).Select(e => (e, page!.Value!.SingleOrDefault())));
        }

        var organised = found.Where(f => f.Event.IsOrganizer == true).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(organised.Select(f => f.Meeting), Is.All.Not.Null, "Graph serves the organiser's meetings");
            Assert.That(organised.Select(f => f.Meeting?.Subject), Is.EqualTo(organised.Select(f => f.Event.Subject)));
            Assert.That(organised.Select(f => f.Meeting?.StartDateTime),
                Is.EqualTo(organised.Select(f => DateTimeOffset.Parse(f.Event.Start!.DateTime + "Z", System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(found.Where(f => f.Event.IsOrganizer != true).Select(f => f.Meeting), Is.All.Null,
                "the demo holds only meetings the rep organised");
            Assert.That(organised.Select(f => f.Meeting!.Id).Distinct().Count(), Is.EqualTo(mailbox.OnlineMeetings.Count),
                "every meeting in onlineMeetings.json has its event");
        });
    }

    [Test]
    public async Task TheDemoNoShowsHaveReportsWithoutTheProspect()
    {
        var (graph, mailbox) = ConnectToDemo();
        var meetings = graph.Client.Users[graph.UserId].OnlineMeetings;

        async Task<List<string?>> Attendees(string subject)
        {
            var meeting = mailbox.OnlineMeetings.Single(m => (string?)m.Json["subject"] == subject);
            var reports = await meetings[meeting.Id].AttendanceReports.GetAsync();
            var report = await meetings[meeting.Id].AttendanceReports[reports!.Value!.Single().Id].GetAsync(rc =>
                rc.QueryParameters.Expand = ["attendanceRecords"]);
            return report!.AttendanceRecords!.Select(r => r.EmailAddress).ToList();
        }

        var trey = await Attendees("Relecloud x Trey Research - intro");
        var proseware = await Attendees("Relecloud <> Proseware: PO approvals intro");

        Assert.Multiple(() =>
        {
            Assert.That(trey, Does.Not.Contain("marcus.bell@treyresearch.net").And.Contain("sam.rivera@relecloud.com"));
            Assert.That(proseware, Has.None.Contains("proseware"));
        });
    }
}
