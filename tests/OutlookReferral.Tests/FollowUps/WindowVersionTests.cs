using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;
using OutlookReferral.Tests.Emulator;
using OutlookReferral.Tests.Platform;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>
/// A mail window held in one instance's memory serves its next scan while the store's window version is the one it
/// left (migration 0015), whichever instance scanned in between; a change anywhere makes it read the store again.
/// </summary>
public sealed class WindowVersionTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;
    private const string Prospect = "kim@fabrikam.com";
    private const string Source = "george@adatum.com";

    private static readonly HashSet<string> Tracked = new(StringComparer.OrdinalIgnoreCase) { Prospect, Source };

    private static (string Folder, GraphEmulator Emulator) Mailbox(int filler)
    {
        var folder = new MailboxFolderBuilder()
            .Filler(filler, Now.AddDays(-100), Now.AddDays(-1))
            .Referral("Kim Lee", Prospect, "George Smith", Source, Now.AddDays(-30))
            .Write(Now);
        return (folder, new GraphEmulator(MailboxFolder.Load(folder), new ManualClock(Now)));
    }

    private static Task<MailWindow> Sync(MailSync instance, RepGraph graph, Func<MailItem, bool> keep) =>
        instance.SyncAsync(DeltaScanRig.Rep, graph, Tracked, keep, Now.AddDays(-new GraphOptions().WindowDays), 50, null, CancellationToken.None);

    [Test]
    public async Task AWindowHeldByOneInstanceStillServesItAfterAnotherInstanceFoundNothingNew()
    {
        var (folder, emulator) = Mailbox(300);
        using var rig = await DeltaScanRig.CreateAsync();
        using var graph = DeltaScanRig.Connect(emulator);
        var one = rig.Sync;
        var other = new MailSync(rig.Store);
        Task<MailWindow> SyncAsync(MailSync instance) =>
            Sync(instance, graph, m => m.From == Prospect || m.Subject.Contains('3', StringComparison.Ordinal));

        var first = await SyncAsync(one);
        var version = await rig.Store.VersionAsync(DeltaScanRig.Rep, CancellationToken.None);
        // The other instance's round saves new delta links but changes no mail: the version stays.
        var elsewhere = await SyncAsync(other);
        var versionAfterNothingNew = await rig.Store.VersionAsync(DeltaScanRig.Rep, CancellationToken.None);
        var again = await SyncAsync(one);

        emulator.Mailbox.Deliver("inbox", DeltaScanRig.Message("AAMkNewFromKim=", Now.AddMinutes(-5), "Re: a time to talk", Prospect,
            [MailboxFolderBuilder.RepAddress]));
        var changedElsewhere = await SyncAsync(other);
        var afterChange = await SyncAsync(one);

        Assert.Multiple(() =>
        {
            Assert.That(version, Is.Not.Null, "the first scan wrote a version");
            Assert.That(versionAfterNothingNew, Is.EqualTo(version), "a round that changed nothing leaves the version");
            Assert.That(elsewhere.Memo, Is.Not.SameAs(first.Memo), "the other instance held nothing: it read the store");
            Assert.That(again.Memo, Is.SameAs(first.Memo), "the first instance's window is still the store's: held, not rebuilt");
            Assert.That(afterChange.Memo, Is.Not.SameAs(again.Memo), "the other instance stored new mail: the held window is stale");
            Assert.That(afterChange.Messages.Select(m => m.Subject), Does.Contain("Re: a time to talk"));
            Assert.That(afterChange.Messages.Select(m => m.Id), Is.EqualTo(changedElsewhere.Messages.Select(m => m.Id)));
        });
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A mailbox synced once into a fresh store, its snapshot stored; its sync for more instances over that store.</summary>
    private sealed class Remembered : IDisposable
    {
        private readonly RepGraph graph;

        private Remembered(string folder, GraphEmulator emulator, DeltaScanRig rig, RepGraph graph)
        {
            (Folder, Emulator, Rig, this.graph) = (folder, emulator, rig, graph);
        }

        public string Folder { get; }
        public GraphEmulator Emulator { get; }
        public DeltaScanRig Rig { get; }
        public MailWindow Built { get; private set; } = null!;

        public static async Task<Remembered> CreateAsync((string Folder, GraphEmulator Emulator) mailbox)
        {
            var rig = await DeltaScanRig.CreateAsync();
            var scanned = new Remembered(mailbox.Folder, mailbox.Emulator, rig, DeltaScanRig.Connect(mailbox.Emulator));
            scanned.Built = await scanned.SyncAsync(rig.Sync);
            await scanned.Built.RememberAsync!(CancellationToken.None);
            return scanned;
        }

        public Task<MailWindow> SyncAsync(MailSync instance) => Sync(instance, graph, m => m.From == Prospect);

        public void Dispose()
        {
            graph.Dispose();
            Rig.Dispose();
        }
    }

    [Test]
    public async Task AnInstanceThatDoesNotHoldTheWindowReadsTheKeptRowsAndTheSnapshotNotEveryRow()
    {
        using var scanned = await Remembered.CreateAsync(Mailbox(200));
        var (folder, emulator, rig, built) = (scanned.Folder, scanned.Emulator, scanned.Rig, scanned.Built);
        Task<MailWindow> SyncAsync(MailSync instance) => scanned.SyncAsync(instance);
        var people = emulator.Mailbox.Inbox.Select(m => (string?)m.Json["from"]?["emailAddress"]?["address"]).OfType<string>().Distinct().ToList();

        // Who took part in the messages not kept is now only in the snapshot: the rows forget it, the version stays.
        await using (var connection = await rig.Database.OpenAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE mail_messages SET participants = '' WHERE kept IS NULL");
        }
        var fromSnapshot = await SyncAsync(new MailSync(rig.Store));
        var version = new WindowVersion(await rig.Store.VersionAsync(DeltaScanRig.Rep, CancellationToken.None));
        await rig.Store.SetKeptAddressesAsync(DeltaScanRig.Rep, Tracked, version, CancellationToken.None);
        var fromRows = await SyncAsync(new MailSync(rig.Store));

        int Known(MailWindow w) => people.Count(p => w.Correspondents.FirstSeen(p) is not null);
        Assert.Multiple(() =>
        {
            Assert.That(Known(built), Is.GreaterThan(5), "the filler's writers are met");
            Assert.That(Known(fromSnapshot), Is.EqualTo(Known(built)), "the snapshot knows them without their rows");
            Assert.That(fromSnapshot.Messages.Select(m => m.Id), Is.EqualTo(built.Messages.Select(m => m.Id)), "the kept rows, in order");
            Assert.That(Known(fromRows), Is.LessThan(Known(built)), "at a new version the rows are read, and they forgot");
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task ASnapshotThatCannotBeReadIsNoneAndTheWindowIsReadFromEveryRow()
    {
        using var scanned = await Remembered.CreateAsync(Mailbox(200));
        var (folder, rig, built) = (scanned.Folder, scanned.Rig, scanned.Built);
        Task<MailWindow> SyncAsync(MailSync instance) => scanned.SyncAsync(instance);
        var version = (await rig.Store.VersionAsync(DeltaScanRig.Rep, CancellationToken.None))!;
        var stored = await rig.Store.SnapshotAsync(DeltaScanRig.Rep, version, CancellationToken.None);
        byte[] packed;
        await using (var connection = await rig.Database.OpenAsync())
        {
            packed = await Dapper.SqlMapper.QuerySingleAsync<byte[]>(connection, "SELECT window_snapshot_brotli FROM mail_window_versions");
            // Brotli's bytes cut short: the stream ends before the JSON does.
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE mail_window_versions SET window_snapshot_brotli = @Cut", new { Cut = packed[..(packed.Length / 2)] });
        }
        var unreadable = await rig.Store.SnapshotAsync(DeltaScanRig.Rep, version, CancellationToken.None);
        var fromRows = await SyncAsync(new MailSync(rig.Store));

        Assert.Multiple(() =>
        {
            Assert.That(stored?.Met, Has.Count.GreaterThan(5), "the snapshot read back");
            Assert.That(packed.Length, Is.LessThan(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(stored!, WindowSnapshotJson.Default.WindowSnapshot).Length / 2),
                "stored compressed");
            Assert.That(unreadable, Is.Null, "a snapshot that cannot be read is none");
            Assert.That(fromRows.Messages.Select(m => m.Id), Is.EqualTo(built.Messages.Select(m => m.Id)));
            Assert.That(fromRows.Correspondents.Export().Met, Is.EqualTo(built.Correspondents.Export().Met), "the rows give the same window");
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task AWriteFromAVersionTheStoreHasLeftLandsButMarksTheSyncsWindowStale()
    {
        using var rig = await DeltaScanRig.CreateAsync();
        var rep = DeltaScanRig.Rep;
        var mine = new WindowVersion(null);
        await rig.Store.SetKeptAddressesAsync(rep, [Prospect], mine, CancellationToken.None);
        var theirs = new WindowVersion(mine.Current);
        await rig.Store.SetKeptAddressesAsync(rep, [Prospect, Source], theirs, CancellationToken.None);

        // Mine still knows the version before theirs: its write lands, and it learns its window is stale.
        await rig.Store.SetKeptAddressesAsync(rep, [Source], mine, CancellationToken.None);
        var firstWriteAgain = new WindowVersion(null);
        await rig.Store.SetKeptAddressesAsync(rep, [Prospect], firstWriteAgain, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(theirs.Lost, Is.False);
            Assert.That(mine.Lost, Is.True);
            Assert.That(await rig.Store.KeptAddressesAsync(rep, CancellationToken.None), Is.EquivalentTo(new[] { Prospect }), "every write landed");
            Assert.That(firstWriteAgain.Lost, Is.True, "a second 'first' version cannot be made where one exists");
            Assert.That(await rig.Store.VersionAsync(rep, CancellationToken.None), Is.EqualTo(theirs.Current));
        });
    }
}
