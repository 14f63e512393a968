using OutlookReferral.Bench.Measuring;

namespace OutlookReferral.Bench;

/// <summary>
/// The scan benchmark. Without a child mode it is the parent: it generates synthetic mailboxes, runs one
/// child process per configuration and prints Markdown tables. In a child mode (<c>--one</c>, <c>--scans</c>,
/// <c>--round</c>) it measures one configuration and prints its figures as one JSON line.
/// </summary>
public static class BenchProgram
{
    public const string ReproduceCommand = "dotnet run -c Release --project bench/OutlookReferral.Bench -- --out docs/benchmarks.md";

    /// <summary>The new rows at their smallest: under a minute, what the test suite runs.</summary>
    public const string QuickCommand = "dotnet run -c Release --project bench/OutlookReferral.Bench -- --quick";

    private const string Usage =
        "usage: OutlookReferral.Bench [--rows classic,scans,rounds] [--quick] [--seed N] [--out docs/benchmarks.md] [--json FILE] [--keep]\n" +
        "         classic: [--sizes 1000,10000,100000] [--referrals 50,500]\n" +
        "         scans:   [--scan-sizes 10000,100000] [--referrals 50,500]\n" +
        "         rounds:  [--reps 1000] [--rep-messages 2000] [--rep-referrals 20] [--instances 1,2] [--engine direct,quartz] [--pools 4] [--round-parallelism 1]\n" +
        "       --quick: scans at 1,000 messages with 50 referrals, rounds of 10 reps with 200 messages (rows scans,rounds unless --rows)\n" +
        "       OutlookReferral.Bench --one MAILBOX_DIR   (child mode: one measured scan, JSON on stdout)\n" +
        "       OutlookReferral.Bench --scans MAILBOX_DIR   (child mode: one row group of mail scans in one API host, JSON on stdout)\n" +
        "       OutlookReferral.Bench --round SPEC_JSON   (child mode: three background rounds, JSON on stdout)\n" +
        "       OutlookReferral.Bench --detection MAILBOX_DIR   (the introduction detector alone over a kept folder)\n" +
        "       OutlookReferral.Bench --from-json a.json[,b.json...] --out FILE [--run-seconds N] [--load \"START / END\"] [--commit SHA]\n" +
        "         (one report from runs saved with --json)";

    public static async Task<int> Main(string[] args)
    {
        if (args is ["--one", var folder])
        {
            return await ChildScan.RunAsync(folder, Console.Out);
        }
        if (args is ["--scans", var scanned])
        {
            return await Scans.ScanRow.RunAsync(scanned, Console.Out);
        }
        if (args is ["--round", var spec])
        {
            return await Rounds.RoundRow.RunAsync(System.Text.Json.JsonSerializer.Deserialize<Rounds.RoundSpec>(spec)!, Console.Out);
        }
        if (args.FirstOrDefault() == "--from-json")
        {
            return await Reporting.SavedFigures.RunAsync(args);
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
