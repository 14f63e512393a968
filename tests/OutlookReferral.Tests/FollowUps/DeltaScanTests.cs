using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Tests.Emulator;
using OutlookReferral.Tests.Platform;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>Scans read mail by delta: a rescan costs what changed, and always finds what a scan from nothing finds.</summary>
public sealed class DeltaScanTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Prospect = "kim@fabrikam.com";
    private const string Source = "george@adatum.com";

    private static MailboxFolderBuilder Story(int filler) => new MailboxFolderBuilder()
        .Filler(filler, Now.AddDays(-100), Now.AddDays(-1))
        .Referral("Kim Lee", Prospect, "George Smith", Source, Now.AddDays(-30))
        .Sent(Now.AddDays(-20), "Referred by George Smith", Prospect);

    private static (GraphEmulator Emulator, ManualClock Clock, string Folder) Load(MailboxFolderBuilder builder)
    {
        var folder = builder.Write(Now);
        var clock = new ManualClock(Now);
        return (new GraphEmulator(MailboxFolder.Load(folder), clock), clock, folder);
    }

    [Test]
    public async Task ARescanWithNothingChangedCostsOneMailRequestPerFolderAt20kMessages()
    {
        var (emulator, _, folder) = Load(Story(20_000));
        using var rig = await DeltaScanRig.CreateAsync();
        var referrals = emulator.Mailbox.TrackedReferrals();

        var first = await rig.ScanAsync(emulator, referrals, Now, pageSize: 500);
        var before = emulator.Requests.Count;
        var rescan = await rig.ScanAsync(emulator, referrals, Now, pageSize: 500);
        var rescanMail = DeltaScanRig.MailRequests(emulator, before);
        for (var i = 0; i < 200; i++)
        {
            emulator.Mailbox.Deliver(i % 2 == 0 ? "inbox" : "sentitems", DeltaScanRig.Message($"AAMkNew{i:D5}=", Now.AddMinutes(-i), $"Update {i}",
                i % 2 == 0 ? $"colleague{i % 7}@contoso.com" : MailboxFolderBuilder.RepAddress, [i % 2 == 0 ? MailboxFolderBuilder.RepAddress : "colleague1@contoso.com"]));
        }
        var beforeNewMail = emulator.Requests.Count;
        var afterNewMail = await rig.ScanAsync(emulator, referrals, Now, pageSize: 500);

        TestContext.Out.WriteLine($"20,000 messages, pages of 500: first scan {first.GraphRequests} requests, nothing changed {rescan.GraphRequests} "
            + $"({rescanMail} mail), 1% new mail {afterNewMail.GraphRequests} ({DeltaScanRig.MailRequests(emulator, beforeNewMail)} mail)");
        Assert.Multiple(() =>
        {
            Assert.That(rescanMail, Is.EqualTo(2), "one delta request per folder");
            Assert.That(rescan.GraphRequests, Is.LessThanOrEqualTo(4), "profile, two folders, calendar");
            Assert.That(first.GraphRequests, Is.GreaterThan(40), "the first scan reads the folders whole");
            Assert.That(afterNewMail.MessagesRead, Is.EqualTo(200));
            Assert.That(DeltaScanRig.Outcome(rescan), Is.EqualTo(DeltaScanRig.Outcome(first)));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task AnExpiredDeltaLinkMeansAFullResyncOfThatFolder()
    {
        var (emulator, _, folder) = Load(Story(300));
        using var rig = await DeltaScanRig.CreateAsync();
        var referrals = emulator.Mailbox.TrackedReferrals();
        await rig.ScanAsync(emulator, referrals, Now);
        emulator.Mailbox.Deliver("inbox", DeltaScanRig.Message("AAMkReply1=", Now.AddHours(-1), "Re: Referred by George Smith", Prospect, [MailboxFolderBuilder.RepAddress], preview: "Happy to talk."));

        emulator.Mailbox.ExpireDeltaTokens();
        var before = emulator.Requests.Count;
        var resynced = await rig.ScanAsync(emulator, referrals, Now);
        using var fresh = await DeltaScanRig.CreateAsync();
        var fromNothing = await fresh.ScanAsync(emulator, referrals, Now);

        var requests = emulator.Requests.Skip(before).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requests.Count(r => r.Contains("deltatoken", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(2), "each folder's stale link was tried once");
            Assert.That(resynced.Referrals.Single().Status.State, Is.EqualTo(ReferralState.Replied));
            Assert.That(DeltaScanRig.Outcome(resynced), Is.EqualTo(DeltaScanRig.Outcome(fromNothing)));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task DeletedAndMovedMailNoLongerCounts()
    {
        var (emulator, _, folder) = Load(Story(100)
            .Received(Now.AddDays(-2), "Re: Referred by George Smith", Prospect, "Happy to talk."));
        var reply = emulator.Mailbox.Inbox.Single(m => (string?)m.Json["subject"] == "Re: Referred by George Smith").Id;
        using var rig = await DeltaScanRig.CreateAsync();
        var referrals = emulator.Mailbox.TrackedReferrals();
        var answered = await rig.ScanAsync(emulator, referrals, Now);

        emulator.Mailbox.MoveOut(reply);
        var moved = await rig.ScanAsync(emulator, referrals, Now);
        var sent = emulator.Mailbox.SentItems.Single(m => (string?)m.Json["subject"] == "Referred by George Smith").Id;
        emulator.Mailbox.Delete(sent);
        var deleted = await rig.ScanAsync(emulator, referrals, Now);

        Assert.Multiple(() =>
        {
            Assert.That(answered.Referrals.Single().Status.State, Is.EqualTo(ReferralState.Replied));
            Assert.That(moved.Referrals.Single().Status.State, Is.EqualTo(ReferralState.Quiet), "the answer moved out of the inbox");
            Assert.That(deleted.Referrals.Single().Status.State, Is.EqualTo(ReferralState.New), "the only note was deleted");
        });
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Each instance keeps the windows it scanned in memory; one must not trust its copy after another scanned the rep.</summary>
    [Test]
    public async Task AFirstScanHoldsTheWindowAsTheStoreReadsItBack()
    {
        // The first scan builds its window from the pages it writes; an instance with nothing cached reads the same
        // window back from the rows. Both must give the detectors the same kept mail and the same correspondents.
        var (emulator, _, folder) = Load(Story(600)
            .Received(Now.AddDays(-2), "Re: Referred by George Smith", Prospect, "Happy to talk."));
        using var rig = await DeltaScanRig.CreateAsync();
        using var graph = DeltaScanRig.Connect(emulator);
        var since = Now.AddDays(-new OutlookReferral.Graph.GraphOptions().WindowDays);
        var tracked = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Prospect, Source };
        bool Keep(OutlookReferral.Core.MailItem m) => m.Id.Length % 2 == 0 || m.From == Prospect;

        var built = await rig.Sync.SyncAsync(DeltaScanRig.Rep, graph, tracked, Keep, since, 50, null, CancellationToken.None);
        var readBack = await new MailSync(rig.Store).SyncAsync(DeltaScanRig.Rep, graph, tracked, Keep, since, 50, null, CancellationToken.None);
        // And once a scan has stored its snapshot, another instance restores the window from it and the kept rows.
        await built.RememberAsync!(CancellationToken.None);
        var restored = await new MailSync(rig.Store).SyncAsync(DeltaScanRig.Rep, graph, tracked, Keep, since, 50, null, CancellationToken.None);

        var messages = emulator.Mailbox.Inbox.Concat(emulator.Mailbox.SentItems).ToList();
        static IEnumerable<System.Text.Json.Nodes.JsonNode?> Recipients(System.Text.Json.Nodes.JsonNode? list) =>
            list is System.Text.Json.Nodes.JsonArray array ? array : Enumerable.Empty<System.Text.Json.Nodes.JsonNode?>();
        var people = messages.SelectMany(m => Recipients(m.Json["toRecipients"]).Concat(Recipients(m.Json["ccRecipients"])).Append(m.Json["from"]))
            .Select(r => ((string?)r?["emailAddress"]?["address"] ?? "", (string?)r?["emailAddress"]?["name"] ?? "")).Distinct().ToList();
        string Window(MailWindow w) => System.Text.Json.JsonSerializer.Serialize(new
        {
            Kept = w.Messages.Select(m => new { m.Id, m.Subject, m.From, m.To, m.Cc, m.At, m.Names }),
            Seen = people.Select(p => w.Correspondents.FirstSeen(p.Item1)),
            ByName = people.Select(p => w.Correspondents.FindByName(p.Item2)?.Address),
        });
        Assert.Multiple(() =>
        {
            Assert.That(built.Messages, Has.Count.GreaterThan(100), "enough kept mail to compare");
            Assert.That(people.Count(p => built.Correspondents.FirstSeen(p.Item1) is not null), Is.GreaterThan(3), "correspondents to compare");
            Assert.That(Window(readBack), Is.EqualTo(Window(built)));
            Assert.That(Window(restored), Is.EqualTo(Window(built)));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task AnInstanceSeesWhatAnotherInstanceStoredSinceItsLastScan()
    {
        var (emulator, _, folder) = Load(Story(100)
            .Received(Now.AddDays(-2), "Re: Referred by George Smith", Prospect, "Happy to talk."));
        var reply = emulator.Mailbox.Inbox.Single(m => (string?)m.Json["subject"] == "Re: Referred by George Smith").Id;
        using var rig = await DeltaScanRig.CreateAsync();
        var other = new MailSync(rig.Store);
        var referrals = emulator.Mailbox.TrackedReferrals();
        var answered = await rig.ScanAsync(emulator, referrals, Now);

        emulator.Mailbox.MoveOut(reply);
        var elsewhere = await rig.ScanAsync(emulator, referrals, Now, instance: other);
        var back = await rig.ScanAsync(emulator, referrals, Now);
        using var fresh = await DeltaScanRig.CreateAsync();
        var fromNothing = await fresh.ScanAsync(emulator, referrals, Now);

        Assert.Multiple(() =>
        {
            Assert.That(answered.Referrals.Single().Status.State, Is.EqualTo(ReferralState.Replied));
            Assert.That(elsewhere.Referrals.Single().Status.State, Is.EqualTo(ReferralState.Quiet));
            Assert.That(back.Referrals.Single().Status.State, Is.EqualTo(ReferralState.Quiet), "the first instance's copy still had the answer");
            Assert.That(DeltaScanRig.Outcome(back), Is.EqualTo(DeltaScanRig.Outcome(fromNothing)));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task MailThatSlidesOutOfTheWindowIsPruned()
    {
        var (emulator, clock, folder) = Load(Story(100));
        using var rig = await DeltaScanRig.CreateAsync();
        var referrals = emulator.Mailbox.TrackedReferrals();
        await rig.ScanAsync(emulator, referrals, Now);
        var stored = await rig.StoredMessagesAsync();

        clock.Now = Now.AddDays(60);
        var later = await rig.ScanAsync(emulator, referrals, clock.Now);
        var afterSixtyDays = await rig.StoredMessagesAsync();
        using var fresh = await DeltaScanRig.CreateAsync();
        var fromNothing = await fresh.ScanAsync(emulator, referrals, clock.Now);

        Assert.Multiple(async () =>
        {
            Assert.That(stored, Is.EqualTo(101), "the whole window: 100 filler messages and the note");
            Assert.That(afterSixtyDays, Is.LessThan(stored).And.EqualTo(await fresh.StoredMessagesAsync()));
            Assert.That(DeltaScanRig.Outcome(later), Is.EqualTo(DeltaScanRig.Outcome(fromNothing)));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task ANewlyTrackedReferralGetsItsHistoryWithOneSearchPerFolder()
    {
        const string other = "hiro@contoso-partners.com";
        var (emulator, _, folder) = Load(Story(5_000)
            .Sent(Now.AddDays(-12), "Hello from Sam", other)
            .Received(Now.AddDays(-3), "Re: Hello from Sam", other, "Sounds good, let's talk next week."));
        using var rig = await DeltaScanRig.CreateAsync();
        var referrals = emulator.Mailbox.TrackedReferrals();
        await rig.ScanAsync(emulator, referrals, Now, pageSize: 500);

        var tracked = referrals.Append(new TrackedReferral("hiro", new Party("Hiro Tanaka", other), new Party("George Smith", Source), Now.AddDays(-14))).ToList();
        var before = emulator.Requests.Count;
        var withHiro = await rig.ScanAsync(emulator, tracked, Now, pageSize: 500);
        var mail = emulator.Requests.Skip(before).Where(r => r.Contains("/mailFolders/", StringComparison.OrdinalIgnoreCase)).ToList();
        using var fresh = await DeltaScanRig.CreateAsync();
        var fromNothing = await fresh.ScanAsync(emulator, tracked, Now, pageSize: 500);

        TestContext.Out.WriteLine($"tracking a new referral at 5,000 messages: {mail.Count} mail requests ({string.Join(", ", mail.Select(r => r.Split('?')[0].Split('/').Last()))})");
        Assert.Multiple(() =>
        {
            Assert.That(mail.Count(r => r.Contains("search", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(2), "one search per folder");
            Assert.That(mail, Has.Count.LessThanOrEqualTo(4));
            Assert.That(withHiro.Referrals.Single(r => r.Referral.Id == "hiro").Status.State, Is.EqualTo(ReferralState.Replied));
            Assert.That(DeltaScanRig.Outcome(withHiro), Is.EqualTo(DeltaScanRig.Outcome(fromNothing)));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task DeltaScansThroughABusyGraphFindWhatTheCleanScansFind()
    {
        var (emulator, _, folder) = Load(Story(3_000)
            .Received(Now.AddDays(-2), "Re: Referred by George Smith", Prospect, "Happy to talk."));
        var referrals = emulator.Mailbox.TrackedReferrals();
        using var clean = await DeltaScanRig.CreateAsync();
        using var busy = await DeltaScanRig.CreateAsync();
        var chaos = new GraphChaos(new ChaosOptions { FailureRate = 0.3, Seed = 11, RetryAfterSeconds = 0 });

        var cleanFirst = await clean.ScanAsync(emulator, referrals, Now, pageSize: 400);
        var busyFirst = await busy.ScanAsync(emulator, referrals, Now, pageSize: 400, chaos: chaos);
        emulator.Mailbox.Delete(emulator.Mailbox.Inbox.Single(m => (string?)m.Json["subject"] == "Re: Referred by George Smith").Id);
        var cleanRescan = await clean.ScanAsync(emulator, referrals, Now, pageSize: 400);
        var busyRescan = await busy.ScanAsync(emulator, referrals, Now, pageSize: 400, chaos: chaos);

        Assert.Multiple(() =>
        {
            Assert.That(chaos.Faults, Is.GreaterThan(0), "the faults are really there");
            Assert.That(DeltaScanRig.Outcome(busyFirst), Is.EqualTo(DeltaScanRig.Outcome(cleanFirst)));
            Assert.That(DeltaScanRig.Outcome(busyRescan), Is.EqualTo(DeltaScanRig.Outcome(cleanRescan)));
            Assert.That(busyRescan.Referrals.Single().Status.State, Is.Not.EqualTo(ReferralState.Replied));
        });
        Directory.Delete(folder, recursive: true);
    }
}
