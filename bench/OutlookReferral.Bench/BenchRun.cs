using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Reporting;
using OutlookReferral.Bench.Rounds;
using OutlookReferral.Bench.Scans;
using OutlookReferral.Bench.Synthetic;

namespace OutlookReferral.Bench;

/// <summary>The parent: generate each size, measure each configuration in its own process, check, report.</summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var total = Stopwatch.StartNew();
        var loadAtStart = MachineInfo.LoadAverage();
        var results = await MeasureAsync(options);
        var report = Report.Of(results, options);
        var runTime = total.Elapsed;
        Console.Out.Write(report.Tables);
        Console.Out.WriteLine(string.Join('\n', report.Verdicts));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total run time (generation + all child processes): {runTime.TotalSeconds:F0} s"));
        if (options.OutPath is { } outPath)
        {
            var full = Path.GetFullPath(outPath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, MarkdownReport.Document(report.Tables, string.Join("\n\n", report.Verdicts), runTime, options,
                (loadAtStart, MachineInfo.LoadAverage())));
            Progress($"wrote {full}");
        }
        if (options.JsonPath is { } jsonPath)
        {
            await File.WriteAllTextAsync(Path.GetFullPath(jsonPath), JsonSerializer.Serialize(results));
        }
        return report.Problems.Count == 0 ? 0 : 1;
    }

    /// <summary>The largest mailbox also scanned through the chaos mode.</summary>
    public const int ChaosUpToMessages = 10_000;

    private static async Task<BenchResults> MeasureAsync(BenchOptions options)
    {
        var root = Directory.CreateTempSubdirectory("outlookreferral-bench-").FullName;
        var (classic, chaos, scans) = (new List<BenchRow>(), new List<ChaosRow>(), new List<ScanRowFigures>());
        try
        {
            var sizes = (options.Rows.HasFlag(BenchRows.Classic) ? options.Sizes : [])
                .Union(options.Rows.HasFlag(BenchRows.Scans) ? options.ScanSizes : []).Order();
            foreach (var size in sizes)
            {
                var mailboxes = Generate(root, size, options);
                if (options.Rows.HasFlag(BenchRows.Classic) && options.Sizes.Contains(size))
                {
                    await ClassicAsync(mailboxes, options, classic, chaos);
                }
                if (options.Rows.HasFlag(BenchRows.Scans) && options.ScanSizes.Contains(size))
                {
                    await ScanRowsAsync(mailboxes, scans);
                }
            }
        }
        finally
        {
            if (options.KeepFolders)
            {
                Progress($"mailbox folders kept in {root}");
            }
            else
            {
                Directory.Delete(root, recursive: true);
            }
        }
        var rounds = options.Rows.HasFlag(BenchRows.Rounds) ? await RoundsAsync(options) : [];
        return new BenchResults(classic, chaos, scans, rounds);
    }

    private static List<GeneratedMailbox> Generate(string root, int size, BenchOptions options)
    {
        var generating = Stopwatch.StartNew();
        var mailboxes = SyntheticMailbox.Generate(root, size, options.ReferralCounts, options.Seed);
        Progress($"generated {size:N0} messages ({JsonBytes(mailboxes[0].Folder) / 1e6:F1} MB of JSON) in {generating.Elapsed.TotalSeconds:F1} s");
        return mailboxes;
    }

    private static async Task ClassicAsync(List<GeneratedMailbox> mailboxes, BenchOptions options, List<BenchRow> rows, List<ChaosRow> chaosRows)
    {
        var jsonBytes = JsonBytes(mailboxes[0].Folder);
        foreach (var mailbox in mailboxes)
        {
            var figures = await ChildProcess.ScanAsync(mailbox.Folder);
            Progress($"  {mailbox.Referrals} referrals: {figures.GraphRequests} requests, " +
                     $"scan {figures.ColdScanSeconds:F2} s cold / {figures.WarmScanSeconds:F2} s warm");
            rows.Add(new BenchRow(mailbox, jsonBytes, figures));
        }
        // A busy Graph beside the clean one; with its one-second waits, only up to 10k messages.
        if (mailboxes[0].TotalMessages <= ChaosUpToMessages)
        {
            var chaos = await ChaosComparison.RunAsync(mailboxes[0].Folder, options.Seed);
            Progress($"  chaos {chaos.FailureRate:P0}: {chaos.ChaosRequests} requests ({chaos.Faults} retried), " +
                     $"{chaos.ChaosSeconds:F2} s vs {chaos.CleanSeconds:F2} s clean, same result: {chaos.SameResult}");
            chaosRows.Add(chaos);
        }
    }

    private static async Task ScanRowsAsync(List<GeneratedMailbox> mailboxes, List<ScanRowFigures> rows)
    {
        foreach (var mailbox in mailboxes)
        {
            var figures = await ChildProcess.RunAsync<ScanRowFigures>(
                $"The mail-scan row of {mailbox.Folder}", "--scans", mailbox.Folder);
            Progress($"  scans, {mailbox.Referrals} referrals: " + string.Join(", ", figures.Steps.Select(s => $"{s.Step} {s.GraphRequests} req {s.CpuSeconds:F2} s CPU")));
            rows.Add(figures);
        }
    }

    private static async Task<List<RoundFigures>> RoundsAsync(BenchOptions options)
    {
        var rows = new List<RoundFigures>();
        foreach (var (engine, instances) in options.Engines.SelectMany(e => options.Instances.Select(i => (e, i))))
        {
            var spec = new RoundSpec(options.Reps, options.RepMessages, options.RepReferrals, instances, options.Pools, options.RoundParallelism, options.Seed, engine);
            var figures = await ChildProcess.RunAsync<RoundFigures>(
                $"The background round of {spec.Reps} reps on {instances} instance(s), {engine}", "--round", JsonSerializer.Serialize(spec));
            Progress($"  rounds, {engine}, {instances} instance(s): " + string.Join(", ", figures.Rounds.Select(r => $"{r.Step} {r.GraphRequests} req {r.CpuSeconds:F1} s CPU {r.WallSeconds:F1} s")));
            rows.Add(figures);
        }
        return rows;
    }

    // The folder's message files may be links to the size's shared copy: measure what they point at.
    public static long JsonBytes(string folder) =>
        new[] { "inbox.json", "sentitems.json" }
            .Select(f => new FileInfo(Path.Combine(folder, f)))
            .Sum(info => (info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info).Length);

    // Progress goes to stderr so stdout stays the Markdown tables alone.
    private static void Progress(string line) => Console.Error.WriteLine(line);
}
