using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;
using OutlookReferral.Identity;
using OutlookReferral.Tests.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>Scan progress: pages and messages per folder as the real reader reads them, and the share of the window covered.</summary>
public sealed class ScanProgressTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    /// <summary>Records every report, in order.</summary>
    private sealed class Recorder : IProgress<MailPageRead>
    {
        public List<MailPageRead> Pages { get; } = [];

        public void Report(MailPageRead value) => Pages.Add(value);
    }

    [Test]
    public async Task TheReaderReportsEachPageOfEachFolderNewestFirst()
    {
        var (graph, _) = EmulatedGraph.Connect(new MailboxFolderBuilder().Filler(40, Now.AddDays(-100), Now.AddDays(-1)));
        using var _graph = graph;
        var recorder = new Recorder();

        var read = await MailboxReader.ReadMessagesAsync(graph, Now.AddDays(-120), 7, _ => false, _ => { }, CancellationToken.None, recorder);

        var inbox = recorder.Pages.Where(p => p.Folder == MailFolderKind.Inbox).ToList();
        var sent = recorder.Pages.Where(p => p.Folder == MailFolderKind.SentItems).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(inbox, Has.Count.EqualTo(3), "20 inbox messages in pages of 7");
            Assert.That(sent, Has.Count.EqualTo(3));
            Assert.That(recorder.Pages.Sum(p => p.Messages), Is.EqualTo(read.MessagesRead).And.EqualTo(40));
            Assert.That(recorder.Pages.Select(p => p.FolderIndex), Is.Ordered, "Inbox first, then Sent Items");
            Assert.That(inbox.Select(p => p.OldestAt), Is.Ordered.Descending, "pages come newest first");
            Assert.That(recorder.Pages, Has.All.Property(nameof(MailPageRead.FolderCount)).EqualTo(2));
        });
    }

    [Test]
    public void TheBoardTurnsPagesIntoTheShareOfTheWindowRead()
    {
        var board = new ScanProgressBoard();
        var rep = new RepId("tenant", "rep");
        var other = new RepId("tenant", "other");

        var progress = board.Start(rep, firstScan: true, Now.AddDays(-100), Now);
        progress.Report(new MailPageRead(MailFolderKind.Inbox, 0, 2, 500, Now.AddDays(-50)));
        var halfInbox = board.For(rep);
        progress.Report(new MailPageRead(MailFolderKind.SentItems, 1, 2, 200, Now.AddDays(-50)));
        var halfSent = board.For(rep);

        Assert.Multiple(() =>
        {
            Assert.That(halfInbox, Is.EqualTo(new ScanProgressResponse(true, true, "Inbox", 1, 500, 0.25, Now.AddDays(-100))));
            Assert.That(halfSent.Fraction, Is.EqualTo(0.75));
            Assert.That(halfSent.Pages, Is.EqualTo(2));
            Assert.That(halfSent.MessagesRead, Is.EqualTo(700));
            Assert.That(board.For(other).Running, Is.False, "one rep's scan is not another's");
        });
        board.Finish(rep);
        Assert.That(board.For(rep).Running, Is.False);
    }

    [Test]
    public async Task AfterAScanTheRouteSaysItIsDoneAndWhen()
    {
        await using var factory = new ApiFactory(new MailboxFolderBuilder().Filler(10, Now.AddDays(-20), Now.AddDays(-1)).Write(Now));
        var client = factory.CreateClient();

        var before = await client.GetFromJsonAsync<JsonObject>("/api/scan/progress");
        (await client.PostAsync("/api/scan", null)).EnsureSuccessStatusCode();
        var after = await client.GetFromJsonAsync<JsonObject>("/api/scan/progress");

        Assert.Multiple(() =>
        {
            Assert.That((bool?)before!["running"], Is.False);
            Assert.That(before["lastScanAt"], Is.Null);
            Assert.That((bool?)after!["running"], Is.False);
            Assert.That(after["lastScanAt"], Is.Not.Null);
        });
    }
}
