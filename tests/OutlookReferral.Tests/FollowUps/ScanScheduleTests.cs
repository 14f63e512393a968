using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Identity;
using OutlookReferral.Tests.Platform;
using Quartz;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>
/// Two API hosts over one database, each a node of the clustered Quartz scheduler: every rep is scanned once per
/// interval between them, and when one host stops the other scans everyone. Timing is only ever waited for, never
/// asserted: what is counted is which scheduled fire time of which rep ran, and how often.
/// </summary>
public class ScanScheduleTests
{
    // Short enough to see several intervals, long enough for a scan of the demo mailbox on a loaded 2-core machine.
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Test]
    public async Task TwoHostsOverOneSqliteFileScanEachRepOncePerIntervalAndOneTakesOverWhenTheOtherStops()
    {
        await using var root = new ApiFactory();
        await RunClusterAsync(root, b => { });
    }

    [Test]
    public async Task TwoHostsOverOneSqlServerScanEachRepOncePerIntervalWhenAServerIsGiven()
    {
        var connectionString = Environment.GetEnvironmentVariable("OUTLOOKREFERRAL_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore("Set OUTLOOKREFERRAL_TEST_SQLSERVER to a SQL Server connection string to run this test.");
        }
        await using var root = new ApiFactory();
        await RunClusterAsync(root, b =>
        {
            b.UseSetting("Storage:Provider", "SqlServer");
            b.UseSetting("Storage:ConnectionString", connectionString);
        });
    }

    private static async Task RunClusterAsync(ApiFactory root, Action<IWebHostBuilder> storage)
    {
        var scans = new ConcurrentQueue<Scan>();
        // Both hosts run the demo mailbox's user, under tenants of their own: five reps, five jobs.
        var userId = MailboxFolder.Load(new OutlookReferral.DemoMailbox.DemoOptions().ResolveMailboxPath()).UserId;
        var reps = Enumerable.Range(1, 5).Select(i => new RepId($"{Guid.NewGuid()}", userId)).ToList();
        var one = Node(root, storage);
        var two = Node(root, storage);
        foreach (var rep in reps)
        {
            await one.Services.GetRequiredService<RepRegistry>().SeenAsync(rep);
        }
        await Observe(one, "one", scans);
        await Observe(two, "two", scans);

        var both = await WaitForScansAsync(scans, reps, since: DateTimeOffset.MinValue, atLeast: 4);
        var nodes = await (await Scheduler(one)).QueryClusterNodes();
        var stopping = DateTimeOffset.UtcNow;
        await two.DisposeAsync();
        var stoppedAt = DateTimeOffset.UtcNow;
        var alone = await WaitForScansAsync(scans, reps, since: stoppedAt, atLeast: 3);
        await one.DisposeAsync();

        var takeover = reps.Max(rep => alone.Where(s => s.Job == ScanRoster.KeyOf(rep).Name).Min(s => s.FiredAt) - stopping);
        TestContext.Out.WriteLine($"Cluster nodes: {string.Join(", ", nodes.Select(n => $"{n.InstanceId} ({n.State})"))}");
        TestContext.Out.WriteLine($"Both hosts, scans per rep: {Tally(both, reps)}; by host: {ByHost(both)}");
        TestContext.Out.WriteLine($"After host two stopped, scans per rep: {Tally(alone, reps)}; by host: {ByHost(alone)}; "
            + $"every rep scanned again within {takeover.TotalSeconds:0.0} s of the stop "
            + $"(which took {(stoppedAt - stopping).TotalSeconds:0.0} s)");
        Assert.Multiple(() =>
        {
            Assert.That(nodes, Has.Count.EqualTo(2), "both hosts are live nodes of one cluster");
            foreach (var rep in reps)
            {
                AssertOncePerInterval(both, rep);
                AssertOncePerInterval(alone, rep);
            }
            Assert.That(alone.Select(s => s.Host).Distinct(), Is.EqualTo(new[] { "one" }), "only the host left scans");
            Assert.That(scans.Where(s => s.Failure is not null).Select(s => s.Failure), Is.Empty);
            // A scan its host's stop cut short read what it could; every other run read through Graph to the end.
            Assert.That(scans.Where(s => !s.StoppedWithHost).Select(s => s.GraphRequests), Has.All.GreaterThan(0), "every job ran a real scan through Graph");
        });
    }

    /// <summary>No scheduled fire time of the rep ran twice, and none was skipped: one scan per interval.</summary>
    private static void AssertOncePerInterval(IReadOnlyList<Scan> scans, RepId rep)
    {
        // A run its host's stop cut short is done again by the node that recovers it: count the recovery, not both.
        var fires = scans.Where(s => s.Job == ScanRoster.KeyOf(rep).Name && !s.StoppedWithHost).Select(s => s.ScheduledAt).Order().ToList();
        Assert.That(fires, Is.Unique, $"{rep.TenantId}: a scheduled scan ran twice");
        Assert.That(fires.Zip(fires.Skip(1), (a, b) => b - a), Has.All.EqualTo(Interval), $"{rep.TenantId}: scans one interval apart");
    }

    private static WebApplicationFactory<Program> Node(ApiFactory root, Action<IWebHostBuilder> storage) =>
        root.WithWebHostBuilder(b =>
        {
            b.UseSetting("Scan:IntervalMinutes", Interval.TotalMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Scan:RosterSeconds", "1");
            // A node is declared dead after two missed check-ins. Both nodes write to one SQLite file, so a check-in
            // waits for the other node's scan to release the write lock; at 1 s a node on a loaded machine was taken
            // for dead while alive and its reps were recovered off their interval (seen at load average 40).
            b.UseSetting("Scan:CheckinSeconds", "3");
            storage(b);
        });

    private static async Task<IScheduler> Scheduler(WebApplicationFactory<Program> host) =>
        await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    private static async Task Observe(WebApplicationFactory<Program> host, string name, ConcurrentQueue<Scan> scans) =>
        await ScanListener.ObserveAsync(host.Services, name, scans);

    /// <summary>Waits (never asserts on time) until every rep has been scanned <paramref name="atLeast"/> times since then.</summary>
    private static async Task<IReadOnlyList<Scan>> WaitForScansAsync(ConcurrentQueue<Scan> scans, IReadOnlyList<RepId> reps, DateTimeOffset since, int atLeast)
    {
        var jobs = reps.Select(r => ScanRoster.KeyOf(r).Name).ToHashSet();
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var window = scans.Where(s => s.FiredAt > since && jobs.Contains(s.Job)).ToList();
            if (jobs.All(job => window.Count(s => s.Job == job) >= atLeast))
            {
                return window;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"Not every rep was scanned {atLeast} times within {Patience}: {string.Join(", ", scans.Select(s => $"{s.Host}:{s.Job[..8]}"))}");
        return [];
    }

    private static string Tally(IReadOnlyList<Scan> scans, IReadOnlyList<RepId> reps) =>
        string.Join(" ", reps.Select(r => scans.Count(s => s.Job == ScanRoster.KeyOf(r).Name)));

    private static string ByHost(IReadOnlyList<Scan> scans) =>
        string.Join(", ", scans.GroupBy(s => s.Host).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
}
