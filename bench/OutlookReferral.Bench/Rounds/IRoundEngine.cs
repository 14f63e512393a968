using OutlookReferral.Bench.Hosting;
using OutlookReferral.Identity;

namespace OutlookReferral.Bench.Rounds;

/// <summary>
/// How one round of background scans runs over the API instances: the seam where a job engine plugs in. The bench
/// measures whatever the implementation makes the hosts do; it returns once every rep was scanned once.
/// <see cref="RepScannerRound"/> calls each host's scanner directly; <see cref="QuartzRound"/> fires each rep's job on
/// the hosts' own clustered scheduler and waits for the round to finish. The bench reports both, side by side.
/// </summary>
public interface IRoundEngine
{
    /// <summary>What the tables say ran the round.</summary>
    string Describe { get; }

    Task RunAsync(IReadOnlyList<BenchHost> instances, IReadOnlyList<RepId> reps, CancellationToken ct);
}
