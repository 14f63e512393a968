using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using OutlookReferral.Graph;
using static OutlookReferral.Tests.Emulator.CalendarFiles;

namespace OutlookReferral.Tests.Emulator;

/// <summary>getSchedule through the real SDK: the rep's free/busy digits, items and working hours, and Graph's limits.</summary>
public class GetScheduleTests
{
    private static RepGraph Connect() =>
        EmulatedGraph.Connect(edit: folder =>
        {
            PacificRep(folder);
            Events(
                Event("quiet", "Focus time", "2026-11-24T08:00:00", "2026-11-24T08:30:00", Pacific, showAs: "free"),
                Event("review", "Deal review", "2026-11-24T09:00:00", "2026-11-24T10:00:00", Pacific),
                Event("dropped", "Canceled: sync", "2026-11-24T10:00:00", "2026-11-24T10:30:00", Pacific).With("isCancelled", true),
                Event("maybe", "Enablement", "2026-11-24T11:00:00", "2026-11-24T11:30:00", Pacific, showAs: "tentative"))(folder);
        }).Graph;

    private static Task<GetSchedulePostResponse?> GetSchedule(RepGraph graph, string[] schedules, string start, string end, int? interval = null) =>
        graph.Client.Users[graph.UserId].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(new GetSchedulePostRequestBody
        {
            Schedules = [.. schedules],
            StartTime = new DateTimeTimeZone { DateTime = start, TimeZone = Pacific },
            EndTime = new DateTimeTimeZone { DateTime = end, TimeZone = Pacific },
            AvailabilityViewInterval = interval,
        }, rc => rc.Headers.Add("Prefer", $"outlook.timezone=\"{Pacific}\""));

    [Test]
    public async Task TheRepsScheduleHasGraphsDigitsItemsAndWorkingHours()
    {
        var graph = Connect();

        var hourly = await GetSchedule(graph, ["sam@contoso.com"], "2026-11-24T08:00:00", "2026-11-24T12:00:00", interval: 60);
        var halfHourly = await GetSchedule(graph, ["sam@contoso.com"], "2026-11-24T08:00:00", "2026-11-24T12:00:00");

        var schedule = hourly!.Value!.Single();
        Assert.Multiple(() =>
        {
            // 0 free, 1 tentative, 2 busy; a cancelled meeting and a "free" block leave their slots free.
            Assert.That(schedule.AvailabilityView, Is.EqualTo("0201"));
            Assert.That(halfHourly!.Value!.Single().AvailabilityView, Is.EqualTo("00220010"), "30 minutes when no interval is given");
            Assert.That(schedule.ScheduleId, Is.EqualTo("sam@contoso.com"));
            Assert.That(schedule.ScheduleItems!.Select(i => (i.Status, i.Subject)), Is.EqualTo(new (FreeBusyStatus?, string?)[]
            {
                (FreeBusyStatus.Busy, "Deal review"), (FreeBusyStatus.Tentative, "Enablement"),
            }));
            Assert.That((schedule.ScheduleItems![0].Start!.DateTime, schedule.ScheduleItems[0].Start!.TimeZone),
                Is.EqualTo(("2026-11-24T09:00:00.0000000", Pacific)));
            Assert.That(schedule.WorkingHours!.DaysOfWeek, Has.Count.EqualTo(5).And.Contains(DayOfWeekObject.Monday));
            Assert.That(schedule.WorkingHours.StartTime, Is.EqualTo(new Microsoft.Kiota.Abstractions.Time(8, 0, 0)));
            Assert.That(schedule.WorkingHours.TimeZone!.Name, Is.EqualTo(Pacific));
        });
    }

    [Test]
    public async Task AnAliasIsTheRepAndAnyoneElseGetsGraphsPerAddressError()
    {
        var graph = Connect();

        var result = await GetSchedule(graph, ["SRivera@contoso.com", "kim@fabrikam.com"], "2026-11-24T08:00:00", "2026-11-24T12:00:00", interval: 60);

        var (alias, stranger) = (result!.Value![0], result.Value[1]);
        Assert.Multiple(() =>
        {
            Assert.That(alias.AvailabilityView, Is.EqualTo("0201"));
            Assert.That(alias.Error, Is.Null);
            Assert.That(stranger.ScheduleId, Is.EqualTo("kim@fabrikam.com"));
            Assert.That(stranger.Error!.Message, Does.Contain("Unable to resolve e-mail address kim@fabrikam.com"));
            Assert.That(stranger.AvailabilityView, Is.Null);
        });
    }

    [Test]
    public async Task AWindowOfMoreThan62DaysIsRefused()
    {
        var graph = Connect();

        var sixtyTwo = await GetSchedule(graph, ["sam@contoso.com"], "2026-11-02T00:00:00", "2027-01-03T00:00:00", interval: 1440);
        var error = Assert.ThrowsAsync<ODataError>(() =>
            GetSchedule(graph, ["sam@contoso.com"], "2026-11-02T00:00:00", "2027-01-04T00:00:00", interval: 1440));

        Assert.Multiple(() =>
        {
            Assert.That(sixtyTwo!.Value!.Single().AvailabilityView, Has.Length.EqualTo(62));
            Assert.That(error!.ResponseStatusCode, Is.EqualTo(400));
            Assert.That(error.Error!.Code, Is.EqualTo("ErrorTimeIntervalTooBig"));
            Assert.That(error.Error.Message, Does.Contain("The allowed limit = 62 days; the actual limit = 63 days"));
        });
    }

    [Test]
    public void MoreThanAHundredSchedulesAreRefused()
    {
        var graph = Connect();
        var addresses = Enumerable.Range(0, 101).Select(i => $"person{i}@fabrikam.com").ToArray();

        var error = Assert.ThrowsAsync<ODataError>(() => GetSchedule(graph, addresses, "2026-11-24T08:00:00", "2026-11-24T12:00:00"));

        Assert.That(error!.Error!.Code, Is.EqualTo("ErrorMailboxDataArrayTooBig"));
    }
}
