using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Rounds;
using OutlookReferral.Bench.Scans;

namespace OutlookReferral.Bench;

/// <summary>Everything one run measured; <c>--json</c> writes it.</summary>
public sealed record BenchResults(
    IReadOnlyList<BenchRow> Classic, IReadOnlyList<ChaosRow> Chaos, IReadOnlyList<ScanRowFigures> Scans, IReadOnlyList<RoundFigures> Rounds);
