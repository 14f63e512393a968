using System.Globalization;
using System.Text.Json;

namespace OutlookReferral.Bench.Reporting;

/// <summary>
/// <c>--from-json a.json,b.json --out docs/benchmarks.md</c>: one report from the figures of several runs saved with
/// <c>--json</c> (rows run side by side as separate processes on a busy machine). What a single run would measure
/// itself (its length, the load around it, the commit) is given on the command line.
/// </summary>
public static class SavedFigures
{
    public const string Usage =
        "usage: OutlookReferral.Bench --from-json a.json[,b.json...] --out FILE [--run-seconds N] [--load \"START / END\"] [--commit SHA]";

    public static async Task<int> RunAsync(string[] args)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            flags[args[i]] = args[i + 1];
        }
        if (!flags.TryGetValue("--from-json", out var files) || !flags.TryGetValue("--out", out var outPath) || flags.Count * 2 != args.Length)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var results = files.Split(',').Select(f => JsonSerializer.Deserialize<BenchResults>(File.ReadAllText(f))!).Aggregate(Merge);
        var options = BenchOptions.QuickDefaults with { Quick = false };
        var report = Report.Of(results, options);
        var load = flags.GetValueOrDefault("--load", "unknown / unknown").Split(" / ");
        var seconds = double.Parse(flags.GetValueOrDefault("--run-seconds", "0"), CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(Path.GetFullPath(outPath), MarkdownReport.Document(report.Tables, string.Join("\n\n", report.Verdicts),
            TimeSpan.FromSeconds(seconds), options, (load[0], load.ElementAtOrDefault(1) ?? "unknown"), flags.GetValueOrDefault("--commit")));
        Console.Out.Write(report.Tables);
        return report.Problems.Count == 0 ? 0 : 1;
    }

    private static BenchResults Merge(BenchResults a, BenchResults b) =>
        new([.. a.Classic, .. b.Classic], [.. a.Chaos, .. b.Chaos], [.. a.Scans, .. b.Scans], [.. a.Rounds, .. b.Rounds]);
}
