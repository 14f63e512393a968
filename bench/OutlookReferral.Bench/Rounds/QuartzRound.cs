using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.Bench.Hosting;
using OutlookReferral.FollowUps;
using OutlookReferral.Identity;
using OutlookReferral.Storage;
using Quartz;

namespace OutlookReferral.Bench.Rounds;

/// <summary>
/// A round through the hosts' own Quartz scheduler, as production runs it: each host is a node of the clustered job
/// store over the one SQLite file, the roster (<see cref="ScanRoster"/>) gives every rep their <see cref="RepScanJob"/>,
/// and a round fires each rep's job now (<see cref="IScheduler.TriggerJob(JobKey, CancellationToken)"/>, the triggers
/// spread over the nodes' schedulers so each node is woken) and waits until Quartz reports every job run. Whichever
/// node acquires a trigger runs the scan, with Quartz's locks, DI scope per job and logging. The round then checks
/// the database: every rep has exactly one new scan row, or the round fails.
/// </summary>
public sealed class QuartzRound(int threads) : IRoundEngine
{
    private readonly RoundListener listener = new();
    private readonly List<IScheduler> schedulers = [];
    private int round;

    public string Describe => $"the hosts' Quartz scheduler (clustered store on the shared SQLite file, {threads} thread(s) per node): each rep's RepScanJob triggered now, the round over when every job ran";

    /// <summary>Settings a host needs for this engine: background scans on, at an interval so long that only the round fires them.</summary>
    public static IReadOnlyDictionary<string, string> HostSettings(int threads) => new Dictionary<string, string>
    {
        ["Scan:IntervalMinutes"] = "5000000",
        ["Scan:MaxParallel"] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async Task RunAsync(IReadOnlyList<BenchHost> instances, IReadOnlyList<RepId> reps, CancellationToken ct)
    {
        if (schedulers.Count == 0)
        {
            await JoinAsync(instances, ct);
        }
        round++;
        var done = listener.Expect(reps.Count);
        for (var i = 0; i < reps.Count; i++)
        {
            await schedulers[i % schedulers.Count].TriggerJob(ScanRoster.KeyOf(reps[i]), ct);
        }
        await done.WaitAsync(ct);
        await CheckScannedOnceAsync(instances[0].Services.GetRequiredService<Database>(), reps, ct);
    }

    // The nodes' schedulers, each observed; the roster run once so every registered rep has their job before the first round.
    private async Task JoinAsync(IReadOnlyList<BenchHost> instances, CancellationToken ct)
    {
        foreach (var host in instances)
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
            scheduler.ListenerManager.AddJobListener(listener, GroupMatcher<JobKey>.GroupEquals(ScanRoster.Group));
            schedulers.Add(scheduler);
        }
        await instances[0].Services.GetRequiredService<ScanRoster>().SyncAsync(schedulers[0], ct);
    }

    private const string ScansPerRep = "SELECT tenant_id AS TenantId, user_id AS UserId, COUNT(*) AS Scans FROM scans GROUP BY tenant_id, user_id";

    // Quartz said every job ran; the scan rows say each rep was scanned exactly once more, on whichever node.
    private async Task CheckScannedOnceAsync(Database database, IReadOnlyList<RepId> reps, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var counts = (await connection.QueryAsync<(string TenantId, string UserId, long Scans)>(new CommandDefinition(ScansPerRep, cancellationToken: ct)))
            .ToDictionary(r => new RepId(r.TenantId, r.UserId), r => r.Scans);
        var wrong = reps.Where(rep => counts.GetValueOrDefault(rep) != round).ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException(
                $"Round {round}: {wrong.Count} reps do not have exactly {round} scan rows (e.g. {wrong[0].UserId}: {counts.GetValueOrDefault(wrong[0])}).");
        }
    }
}
