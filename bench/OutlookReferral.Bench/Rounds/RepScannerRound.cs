using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.Bench.Hosting;
using OutlookReferral.FollowUps;
using OutlookReferral.Identity;

namespace OutlookReferral.Bench.Rounds;

/// <summary>
/// A round as the hosts scan today: each instance's own <see cref="RepScanner"/> (what ScanSchedule calls for every rep),
/// <paramref name="parallelism"/> reps at a time per instance (ScanSchedule: one after another). With several
/// instances the reps are dealt out between them, each scanned once: what a clustered job engine does. Today's
/// ScanSchedule does not split: each instance would scan every rep, and a round would cost N times as much.
/// </summary>
public sealed class RepScannerRound(int parallelism) : IRoundEngine
{
    public string Describe => parallelism == 1
        ? "each instance's RepScanner, one rep after another (as ScanSchedule), reps dealt out between instances"
        : $"each instance's RepScanner, {parallelism} reps at a time, reps dealt out between instances";

    public async Task RunAsync(IReadOnlyList<BenchHost> instances, IReadOnlyList<RepId> reps, CancellationToken ct)
    {
        var shares = instances.Select((host, i) => ScanShareAsync(
            host.Services.GetRequiredService<RepScanner>(), reps.Where((_, r) => r % instances.Count == i).ToList(), ct));
        await Task.WhenAll(shares);
    }

    private async Task ScanShareAsync(RepScanner scanner, IReadOnlyList<RepId> share, CancellationToken ct) =>
        await Parallel.ForEachAsync(share, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (rep, token) => await scanner.ScanAsync(rep, token));
}
