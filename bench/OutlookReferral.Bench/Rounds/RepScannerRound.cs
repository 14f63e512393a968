using Microsoft.Extensions.DependencyInjection;
using OutlookReferral.Bench.Hosting;
using OutlookReferral.FollowUps;
using OutlookReferral.Identity;

namespace OutlookReferral.Bench.Rounds;

/// <summary>
/// A round through each instance's own <see cref="RepScanner"/> (what each rep's Quartz job calls),
/// <paramref name="parallelism"/> reps at a time per instance. With several instances the reps are dealt out between
/// them, each scanned once: what the clustered job engine does, without its cost (<see cref="QuartzRound"/> pays it).
/// </summary>
public sealed class RepScannerRound(int parallelism) : IRoundEngine
{
    public string Describe => parallelism == 1
        ? "each instance's RepScanner, one rep after another, reps dealt out between instances"
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
