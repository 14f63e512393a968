using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Meetings;
using OutlookReferral.Tests.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Meetings;

/// <summary>
/// What the calendar costs in Graph requests, on the demo mailbox and on a large calendar: a first sync reads the
/// kept range in pages; a rescan with nothing changed is one request, whatever the calendar's size. Prints the figures.
/// </summary>
public class CalendarRequestCountTests
{
    private static readonly GraphOptions Options = new();

    private static async Task<(int First, int Rescan)> Measure(GraphEmulator emulator, DateTimeOffset now)
    {
        using var graph = RepGraph.Create(emulator, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, emulator.Mailbox.UserId);
        var first = await CalendarSync.SyncAsync(graph, null, now, Options, CancellationToken.None);
        var afterFirst = graph.Requests;
        await CalendarSync.SyncAsync(graph, first, now.AddMinutes(15), Options, CancellationToken.None);
        return (afterFirst, graph.Requests - afterFirst);
    }

    [Test]
    public async Task TheDemoMailboxsCalendarCostsOneRequestToRescan()
    {
        var mailbox = MailboxFolder.Load(Path.Combine(AppContext.BaseDirectory, "demo-mailbox"));

        var (first, rescan) = await Measure(new GraphEmulator(mailbox), mailbox.CapturedAt!.Value);

        TestContext.Out.WriteLine($"demo mailbox ({mailbox.Calendar.Events.Count} events): first scan {first} calendar request(s), nothing-changed rescan {rescan}");
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(1));
            Assert.That(rescan, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ALargeCalendarCostsItsPagesOnceAndOneRequestToRescan()
    {
        var now = ApiFactory.DemoNow;
        var builder = new MailboxFolderBuilder().Filler(1, now.AddDays(-2), now.AddDays(-1));
        // Twenty meetings a working day for the whole range, 150 days back to 30 ahead: 3,600 events.
        for (var i = 0; i < 3_600; i++)
        {
            builder.Event($"ev-{i}", now.AddDays(-150 + i / 20).AddHours(8 + i % 20 / 2), 25, $"Call {i}", [$"p{i % 300}@fabrikam.com"], organiser: i % 3 == 0);
        }
        var (_, emulator) = EmulatedGraph.Connect(builder);

        var (first, rescan) = await Measure(emulator, now);

        TestContext.Out.WriteLine($"large calendar (3,600 events, pages of {Options.PageSize}): first scan {first} calendar requests, nothing-changed rescan {rescan}");
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.GreaterThan(1), "the first sync pages through the kept range");
            Assert.That(rescan, Is.EqualTo(1));
        });
    }
}
