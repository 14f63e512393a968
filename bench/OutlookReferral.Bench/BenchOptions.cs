using System.Globalization;

namespace OutlookReferral.Bench;

/// <summary>What the parent was asked to run.</summary>
public sealed record BenchOptions(
    IReadOnlyList<int> Sizes, IReadOnlyList<int> ReferralCounts, int Seed, string? OutPath, bool KeepFolders)
{
    public static readonly IReadOnlyList<int> DefaultSizes = [1_000, 10_000, 100_000];

    public static readonly IReadOnlyList<int> DefaultReferralCounts = [50, 500];

    public BenchRows Rows { get; init; } = BenchRows.All;

    public bool Quick { get; init; }

    /// <summary>Mailbox sizes of the mail-scan rows (first scan, rescans, tracking).</summary>
    public IReadOnlyList<int> ScanSizes { get; init; } = [10_000, 100_000];

    public int Reps { get; init; } = 1_000;

    public int RepMessages { get; init; } = 2_000;

    public int RepReferrals { get; init; } = 20;

    public IReadOnlyList<int> Instances { get; init; } = [1, 2];

    /// <summary>What runs each round: the hosts' RepScanner directly, the hosts' Quartz jobs, or both (a row each).</summary>
    public IReadOnlyList<string> Engines { get; init; } = [Rounds.RoundRow.Direct, Rounds.RoundRow.Quartz];

    /// <summary>Distinct generated mailboxes the reps' mailboxes share (each rep has its own user id).</summary>
    public int Pools { get; init; } = 4;

    /// <summary>Reps scanned at once per instance (a host's Quartz pool runs up to Scan:MaxParallel).</summary>
    public int RoundParallelism { get; init; } = 1;

    public string? JsonPath { get; init; }

    /// <summary>The quick version: the new rows at sizes that finish in under a minute.</summary>
    public static BenchOptions QuickDefaults => new(DefaultSizes, [50], Seed: 20261123, OutPath: null, KeepFolders: false)
    {
        Rows = BenchRows.Scans | BenchRows.Rounds, Quick = true, ScanSizes = [1_000], Reps = 10, RepMessages = 200, RepReferrals = 5, Pools = 2,
    };

    public static bool TryParse(string[] args, out BenchOptions options, out string problem)
    {
        options = args.Contains("--quick")
            ? QuickDefaults
            : new BenchOptions(DefaultSizes, DefaultReferralCounts, Seed: 20261123, OutPath: null, KeepFolders: false);
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var next = args[i] switch
            {
                "--quick" => options,
                "--keep" => options with { KeepFolders = true },
                _ when value is null => null,
                "--rows" when TryParseRows(value, out var rows) => options with { Rows = rows },
                "--sizes" when TryParseCounts(value, out var sizes) => options with { Sizes = sizes },
                "--scan-sizes" when TryParseCounts(value, out var scanSizes) => options with { ScanSizes = scanSizes },
                "--referrals" when TryParseCounts(value, out var counts) => options with { ReferralCounts = counts },
                "--instances" when TryParseCounts(value, out var instances) => options with { Instances = instances },
                "--engine" when TryParseEngines(value, out var engines) => options with { Engines = engines },
                "--reps" when TryParseCount(value, out var reps) => options with { Reps = reps },
                "--rep-messages" when TryParseCount(value, out var repMessages) => options with { RepMessages = repMessages },
                "--rep-referrals" when TryParseCount(value, out var repReferrals) => options with { RepReferrals = repReferrals },
                "--pools" when TryParseCount(value, out var pools) => options with { Pools = pools },
                "--round-parallelism" when TryParseCount(value, out var parallelism) => options with { RoundParallelism = parallelism },
                "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed) => options with { Seed = seed },
                "--out" => options with { OutPath = value },
                "--json" => options with { JsonPath = value },
                _ => null,
            };
            if (next is null)
            {
                problem = $"unexpected or invalid argument '{args[i]}'";
                return false;
            }
            i += args[i] is "--quick" or "--keep" ? 0 : 1;
            options = next;
        }
        return true;
    }

    private static bool TryParseRows(string text, out BenchRows rows)
    {
        rows = BenchRows.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<BenchRows>(part, ignoreCase: true, out var row) || row is BenchRows.None)
            {
                return false;
            }
            rows |= row;
        }
        return rows != BenchRows.None;
    }

    private static bool TryParseEngines(string text, out IReadOnlyList<string> engines)
    {
        engines = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => e.ToLowerInvariant()).Distinct().ToList();
        return engines.Count > 0 && engines.All(e => e is Rounds.RoundRow.Direct or Rounds.RoundRow.Quartz);
    }

    private static bool TryParseCount(string text, out int count) =>
        int.TryParse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, out count) && count > 0;

    private static bool TryParseCounts(string text, out IReadOnlyList<int> counts)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = parts.Select(p => TryParseCount(p, out var n) ? n : -1).ToList();
        counts = parsed;
        return parsed.Count > 0 && parsed.All(n => n > 0);
    }
}
