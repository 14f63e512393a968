using System.Diagnostics;
using System.Globalization;
using OutlookReferral.Bench.Measuring;
using OutlookReferral.Bench.Reporting;
using OutlookReferral.Bench.Synthetic;

namespace OutlookReferral.Bench;

/// <summary>One configuration's outcome: the mailbox that was generated and what its child scan measured.</summary>
public sealed record BenchRow(GeneratedMailbox Mailbox, long JsonBytes, ScanFigures Figures);

/// <summary>The parent: generate each size, scan each configuration in its own process, check, report.</summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var total = Stopwatch.StartNew();
        var loadAtStart = MachineInfo.LoadAverage();
        var root = Directory.CreateTempSubdirectory("outlookreferral-bench-").FullName;
        var rows = new List<BenchRow>();
        var chaosRows = new List<ChaosRow>();
        try
        {
            foreach (var size in options.Sizes)
            {
                var generating = Stopwatch.StartNew();
                var mailboxes = SyntheticMailbox.Generate(root, size, options.ReferralCounts, options.Seed);
                var jsonBytes = JsonBytes(mailboxes[0].Folder);
                Progress($"generated {size:N0} messages ({jsonBytes / 1e6:F1} MB of JSON) in {generating.Elapsed.TotalSeconds:F1} s");
                foreach (var mailbox in mailboxes)
                {
                    var figures = await ChildProcess.ScanAsync(mailbox.Folder);
                    Progress($"  {mailbox.Referrals} referrals: {figures.GraphRequests} requests, " +
                             $"scan {figures.ColdScanSeconds:F2} s cold / {figures.WarmScanSeconds:F2} s warm");
                    rows.Add(new BenchRow(mailbox, jsonBytes, figures));
                }
                // A busy Graph beside the clean one; with its one-second waits, only up to 10k messages.
                if (size <= ChaosUpToMessages)
                {
                    var chaos = await ChaosComparison.RunAsync(mailboxes[0].Folder, options.Seed);
                    Progress($"  chaos {chaos.FailureRate:P0}: {chaos.ChaosRequests} requests ({chaos.Faults} retried), " +
                             $"{chaos.ChaosSeconds:F2} s vs {chaos.CleanSeconds:F2} s clean, same result: {chaos.SameResult}");
                    chaosRows.Add(chaos);
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

        var problems = RequestCountCheck.Problems(rows);
        var verdict = problems.Count == 0
            ? "Request count check passed: Graph requests = pages of inbox + pages of sent items + 1 calendar page + 1 profile request, " +
              "and the same for every referral count over the same mailbox."
            : string.Join('\n', problems);
        var table = MarkdownReport.Table(rows);
        var chaosTable = MarkdownReport.ChaosTable(chaosRows);
        if (chaosRows.Any(r => !r.SameResult))
        {
            problems = [.. problems, "A scan through the chaos mode found something other than the clean scan."];
        }
        var runTime = total.Elapsed;
        Console.Out.Write(table);
        Console.Out.WriteLine();
        Console.Out.Write(chaosTable);
        Console.Out.WriteLine();
        Console.Out.WriteLine(verdict);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total run time (generation + all child scans): {runTime.TotalSeconds:F0} s"));
        if (options.OutPath is { } outPath)
        {
            var full = Path.GetFullPath(outPath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, MarkdownReport.Document(table + Environment.NewLine + chaosTable, verdict, runTime, options, (loadAtStart, MachineInfo.LoadAverage())));
            Progress($"wrote {full}");
        }
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>The largest mailbox also scanned through the chaos mode.</summary>
    public const int ChaosUpToMessages = 10_000;

    // The folder's message files may be links to the size's shared copy: measure what they point at.
    private static long JsonBytes(string folder) =>
        new[] { "inbox.json", "sentitems.json" }
            .Select(f => new FileInfo(Path.Combine(folder, f)))
            .Sum(info => (info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info).Length);

    // Progress goes to stderr so stdout stays the Markdown table alone.
    private static void Progress(string line) => Console.Error.WriteLine(line);
}
