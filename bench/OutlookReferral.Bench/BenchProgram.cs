using System.Globalization;
using OutlookReferral.Bench.Measuring;

namespace OutlookReferral.Bench;

/// <summary>
/// The scan benchmark. Without <c>--one</c> it is the parent: it generates synthetic mailboxes, runs one
/// child process per configuration and prints a Markdown table. With <c>--one DIR</c> it is a child:
/// it measures one scan of one mailbox folder and prints its figures as one JSON line.
/// </summary>
public static class BenchProgram
{
    public const string ReproduceCommand = "dotnet run -c Release --project bench/OutlookReferral.Bench -- --out docs/benchmarks.md";

    private const string Usage =
        "usage: OutlookReferral.Bench [--sizes 1000,10000,100000] [--referrals 50,500] [--seed N] [--out docs/benchmarks.md] [--keep]\n" +
        "       OutlookReferral.Bench --one MAILBOX_DIR   (child mode: one measured scan, JSON on stdout)\n" +
        "       OutlookReferral.Bench --detection MAILBOX_DIR   (the introduction detector alone over a kept folder)";

    public static async Task<int> Main(string[] args)
    {
        if (args is ["--one", var folder])
        {
            return await ChildScan.RunAsync(folder, Console.Out);
        }
        if (args is ["--detection", var kept])
        {
            return DetectionTiming.Run(kept, Console.Out);
        }
        if (!BenchOptions.TryParse(args, out var options, out var problem))
        {
            await Console.Error.WriteLineAsync($"{problem}\n{Usage}");
            return 2;
        }
        return await BenchRun.RunAsync(options);
    }
}

/// <summary>What the parent was asked to run.</summary>
public sealed record BenchOptions(
    IReadOnlyList<int> Sizes, IReadOnlyList<int> ReferralCounts, int Seed, string? OutPath, bool KeepFolders)
{
    public static readonly IReadOnlyList<int> DefaultSizes = [1_000, 10_000, 100_000];

    public static readonly IReadOnlyList<int> DefaultReferralCounts = [50, 500];

    public static bool TryParse(string[] args, out BenchOptions options, out string problem)
    {
        options = new BenchOptions(DefaultSizes, DefaultReferralCounts, Seed: 20261123, OutPath: null, KeepFolders: false);
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--sizes" when value is not null && TryParseCounts(value, out var sizes):
                    options = options with { Sizes = sizes };
                    i++;
                    break;
                case "--referrals" when value is not null && TryParseCounts(value, out var counts):
                    options = options with { ReferralCounts = counts };
                    i++;
                    break;
                case "--seed" when value is not null && int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    i++;
                    break;
                case "--out" when value is not null:
                    options = options with { OutPath = value };
                    i++;
                    break;
                case "--keep":
                    options = options with { KeepFolders = true };
                    break;
                default:
                    problem = $"unexpected or invalid argument '{args[i]}'";
                    return false;
            }
        }
        return true;
    }

    private static bool TryParseCounts(string text, out IReadOnlyList<int> counts)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parsed = parts.Select(p => int.TryParse(p.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        counts = parsed;
        return parsed.Count > 0 && parsed.All(n => n > 0);
    }
}
